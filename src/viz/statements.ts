import type { RefView, SentenceMark, StatementView } from './api-types.js';
import type { VizCorpus, VizRef, VizStatement } from './corpus.js';
import { findWords } from './search.js';
import { cutSentence, type SentenceSpan } from './sentence.js';
import type { DocumentTexts } from './texts.js';

function refView(corpus: VizCorpus, ref: VizRef | null): RefView | null {
  if (!ref) return null;
  const entity = ref.entityId ? corpus.entities.get(ref.entityId) : undefined;
  return { entityId: entity ? entity.id : null, name: entity?.name ?? ref.text, text: ref.text };
}

/** Binary search: the first mention starting at or after `pos`. */
function firstFrom(list: { start: number }[], pos: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceOf(corpus: VizCorpus, texts: DocumentTexts, s: VizStatement, query: string[]): StatementView['sentence'] {
  const text = texts.get(s.docId);
  if (text === undefined || s.end > text.length) return null;
  const spans: SentenceSpan[] = [{ start: s.start, end: s.end, kind: 'quote' }];
  const refs: [VizRef | null, SentenceMark['kind']][] = [[s.speaker, 'speaker'], [s.addressee, 'addressee']];
  let lo = s.start, hi = s.end;
  for (const [ref, kind] of refs) {
    if (!ref || ref.end > text.length) continue;
    spans.push({ start: ref.start, end: ref.end, kind, ...(ref.entityId ? { entityId: ref.entityId } : {}) });
    lo = Math.min(lo, ref.start);
    hi = Math.max(hi, ref.end);
  }
  if (s.cue && s.cue.end <= text.length) {
    spans.push({ start: s.cue.start, end: s.cue.end, kind: 'cue' });
    lo = Math.min(lo, s.cue.start);
    hi = Math.max(hi, s.cue.end);
  }
  // Keep the core to a reasonable reach: a speaker resolved from far away is not shown inline.
  if (hi - lo > 1500) {
    lo = s.start;
    hi = s.end;
  }
  for (const t of s.stance) {
    if (t.evidence && t.evidence.end <= text.length && t.stance !== 'neutral') spans.push({ start: t.evidence.start, end: t.evidence.end, kind: 'stance', entityId: t.entityId, stance: t.stance });
  }
  const mentions = corpus.mentionSpans.get(s.docId) ?? [];
  const cut = cutSentence(text, { start: lo, end: hi }, spans);
  // Names inside the cut text: found by offsets, relative to where the cut begins.
  const cutStart = cut.offset;
  for (let i = firstFrom(mentions, cutStart); i < mentions.length && mentions[i]!.start < cutStart + cut.text.length; i++) {
    const m = mentions[i]!;
    if (m.end <= cutStart + cut.text.length) cut.marks.push({ start: m.start - cutStart, end: m.end - cutStart, kind: 'name', entityId: m.entityId });
  }
  for (const w of findWords(cut.text, query)) cut.marks.push({ ...w, kind: 'hit' });
  return cut;
}

function claimOf(corpus: VizCorpus, s: VizStatement): StatementView['claim'] {
  const claim = s.claimId ? corpus.claims.get(s.claimId) : undefined;
  if (!claim) return null;
  const outlet = corpus.documents.get(s.docId)?.source;
  return {
    id: claim.id,
    copies: claim.statementIds.length,
    otherDocuments: claim.documents.filter((d) => d !== s.docId).length,
    otherOutlets: claim.outlets.filter((o) => o !== outlet),
    firstSeen: { docId: claim.firstSeen.docId, publishedAt: claim.firstSeen.publishedAt, source: claim.firstSeen.source },
  };
}

/**
 * The panel's view of one statement: names resolved, document details, stance, the repeated
 * claim it belongs to, the sentence and its marks (the words of `query` marked as hits).
 */
export function statementView(corpus: VizCorpus, texts: DocumentTexts, s: VizStatement, query: string[] = []): StatementView {
  const doc = corpus.documents.get(s.docId) ?? { id: s.docId };
  const about = s.about.flatMap((id) => {
    const e = corpus.entities.get(id);
    return e ? [{ id: e.id, name: e.name, type: e.type }] : [];
  });
  return {
    id: s.id,
    kind: s.kind,
    content: s.content,
    confidence: s.confidence,
    cue: s.cue?.text ?? null,
    cueClass: s.cueClass,
    speaker: refView(corpus, s.speaker),
    addressee: refView(corpus, s.addressee),
    about,
    stance: s.stance.flatMap((t) => {
      const e = corpus.entities.get(t.entityId);
      return e ? [{ entityId: e.id, name: e.name, stance: t.stance, score: t.score, evidence: t.evidence?.text ?? null }] : [];
    }),
    claim: claimOf(corpus, s),
    doc: { id: doc.id, title: doc.title, source: doc.source, publishedAt: doc.publishedAt, url: safeUrl(doc.url) },
    sentence: sentenceOf(corpus, texts, s, query),
  };
}

/** A source URL the page may link to: http or https only (no javascript:, data: …). */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
