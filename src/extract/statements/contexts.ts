import type { DocEntity } from '../types.js';
import type { Words } from './candidate.js';
import { phraseEndingAt, phraseStartingAt } from './phrases.js';
import type { Sentence } from './sentences.js';
import { tokenize } from './tokens.js';

/** Someone spoken to, as the text sets the scene: "Speaking to Nakhala, …", "in a phone call with …". */
export interface Conversation {
  sentence: Sentence;
  at: number;
  /** Who speaks, when the sentence says ("Velayati made the remarks in a meeting with …"). */
  subject: Words | null;
  addressees: Words[];
}

/** "X made the remarks": X is the source of the unattributed statements just before. */
export interface RemarksBy {
  sentence: Sentence;
  subject: Words;
}

const TALK = /\b(?:speaking|talking|spoke|talked)\s+(?:by\s+(?:tele)?phone\s+|on\s+the\s+phone\s+)?(?:to|with)\s+|\bin\s+(?:an?\s+|the\s+|separate\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:(?:tele)?phone\s+(?:calls?|conversations?)|meetings?|conversations?|talks|letters?|messages?|interview)\s+with\s+|\bmet\s+(?:with\s+)?|\baddressing\s+/giu;
const REMARKS = /\b(?:made|delivered|gave)\s+(?:the|these|those|his|her|such)\s+(?:remarks|comments|statements?|speech)\b/iu;

const wordsOf = (toks: ReturnType<typeof tokenize>, p: { first: number; last: number; kind: Words['kind'] } | null): Words | null =>
  p && { start: toks[p.first]!.start, end: toks[p.last]!.end, kind: p.kind };

/** Find the conversations and "made the remarks" sentences of a document. */
export function findContexts(text: string, sentences: readonly Sentence[], entities: readonly DocEntity[]): { conversations: Conversation[]; remarks: RemarksBy[] } {
  const conversations: Conversation[] = [];
  const remarks: RemarksBy[] = [];
  const persons = entities.filter((e) => e.type === 'Person').flatMap((e) => e.mentions);
  for (const s of sentences) {
    const line = text.slice(s.start, s.end);
    const r = line.includes('made') || line.includes('gave') || line.includes('delivered') ? REMARKS.exec(line) : null;
    if (r) {
      const toks = tokenize(text, s.start, s.start + r.index);
      const subject = wordsOf(toks, phraseEndingAt(toks, toks.length - 1, 0));
      if (subject) remarks.push({ sentence: s, subject });
    }
    // the expensive pattern only where one of its words is
    if (!/with|spok|speak|talk|met |addressing/iu.test(line)) continue;
    for (const m of line.matchAll(TALK)) {
      const from = s.start + m.index + m[0].length;
      const toks = tokenize(text, from, s.end);
      // "with visiting Syrian Foreign Minister …": a lower-case adjective before the name
      const skip = toks[0] && !toks[0].cap && toks[1]?.cap && !/^(?:the|a|an|his|her|their)$/u.test(toks[0].lower) ? 1 : 0;
      const first = wordsOf(toks, phraseStartingAt(toks, skip, true));
      if (!first) continue;
      const addressees = [first];
      // a list: "with Ismail Haniyeh, head of …, Ziad al-Nakhala, …, and Sheikh Naim Qassem"
      for (const pm of persons) {
        if (pm.start <= first.end || pm.end > s.end) continue;
        if (/(?:,|\band)\s*(?:\p{Lu}[\p{L}.]*\s+)?$/u.test(text.slice(Math.max(s.start, pm.start - 30), pm.start))) {
          addressees.push({ start: pm.start, end: pm.end, kind: 'name' });
        }
      }
      let subject: Words | null = null;
      const head = text.slice(s.start, s.start + m.index);
      if (/^\s*$/u.test(head)) {
        // "Speaking to Nakhala, Velayati congratulated …": the subject follows the comma
        const comma = text.indexOf(',', first.end);
        if (comma > 0 && comma < s.end) {
          const rest = tokenize(text, comma + 1, s.end);
          subject = wordsOf(rest, phraseStartingAt(rest, 0));
        }
      } else {
        const before = tokenize(text, s.start, s.start + m.index);
        const made = before.findIndex((t) => /^(?:made|said|spoke|talked)$/i.test(t.text));
        if (made > 0) subject = wordsOf(before, phraseEndingAt(before, made - 1, 0));
      }
      conversations.push({ sentence: s, at: s.start + m.index, subject, addressees });
    }
  }
  return { conversations, remarks };
}
