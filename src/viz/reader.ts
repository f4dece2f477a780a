import type { DocumentView, TextMark } from './api-types.js';
import type { VizCorpus } from './corpus.js';
import { safeUrl, statementView } from './statements.js';
import type { DocumentTexts } from './texts.js';

/**
 * One article as the reader shows it: its details, its text (when the server was given the
 * documents), every statement (content, speaker, cue, the words that decided a stance) and
 * every mention as marks in document offsets, and the statements' cards. The marks of spans
 * that do not fit the text (a text other than the one extracted) are left out.
 */
export function documentView(corpus: VizCorpus, texts: DocumentTexts, id: string): DocumentView | null {
  const doc = corpus.documents.get(id);
  if (!doc) return null;
  const text = texts.get(id) ?? null;
  const statements = corpus.statements.filter((s) => s.docId === id).sort((a, b) => a.start - b.start);
  const marks: TextMark[] = [];
  if (text !== null) {
    const fits = (a: { start: number; end: number } | null | undefined): a is { start: number; end: number } => Boolean(a) && a!.end <= text.length && a!.start < a!.end;
    for (const s of statements) {
      if (fits(s)) marks.push({ start: s.start, end: s.end, kind: 'statement', statementId: s.id });
      if (fits(s.speaker)) marks.push({ start: s.speaker.start, end: s.speaker.end, kind: 'speaker', statementId: s.id, ...(s.speaker.entityId ? { entityId: s.speaker.entityId } : {}) });
      if (fits(s.cue)) marks.push({ start: s.cue.start, end: s.cue.end, kind: 'cue', statementId: s.id });
      for (const t of s.stance) {
        if (t.stance !== 'neutral' && fits(t.evidence)) marks.push({ start: t.evidence.start, end: t.evidence.end, kind: 'stance', statementId: s.id, entityId: t.entityId, stance: t.stance });
      }
    }
    for (const m of corpus.mentionSpans.get(id) ?? []) if (fits(m)) marks.push({ start: m.start, end: m.end, kind: 'mention', entityId: m.entityId });
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    id,
    title: doc.title,
    source: doc.source,
    publishedAt: doc.publishedAt,
    author: doc.author,
    url: safeUrl(doc.url),
    text,
    marks,
    statements: statements.map((s) => statementView(corpus, texts, s)),
  };
}
