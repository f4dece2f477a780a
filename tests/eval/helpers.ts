import type { Statement, StatementKind } from '../../src/snapshot/schema.js';
import type { GoldQuote } from '../../src/eval/gold.js';

/** The offsets of the `nth` occurrence of `part` in `text`; throws if absent, so fixtures stay honest. */
export function at(text: string, part: string, nth = 1): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i < nth; i++) {
    start = text.indexOf(part, start + 1);
    if (start < 0) throw new Error(`fixture: "${part}" not in text`);
  }
  return { start, end: start + part.length, text: part };
}

/** A predicted statement whose content is `content` in `text`, said by `speaker` (words in the text). */
export function statement(text: string, content: string, kind: StatementKind, speaker?: string, entityId: string | null = null): Statement {
  const c = at(text, content);
  return {
    id: `st:${c.start}`,
    docId: 'd1',
    kind,
    content,
    start: c.start,
    end: c.end,
    cue: null,
    speaker: speaker ? { entityId, ...at(text, speaker) } : null,
    addressee: null,
    about: [],
    confidence: 0.9,
  };
}

/** A gold quote of `content` (or of several pieces) in `text`, with optional speaker words. */
export function quote(text: string, content: string | string[], extra: Partial<GoldQuote> & { speakerWords?: string } = {}): GoldQuote {
  const pieces = (Array.isArray(content) ? content : [content]).map((p) => at(text, p));
  const { speakerWords, ...rest } = extra;
  return {
    start: pieces[0]!.start,
    end: pieces.at(-1)!.end,
    contentSpans: pieces,
    ...(speakerWords ? { speaker: speakerWords, speakerSpans: [at(text, speakerWords)] } : {}),
    ...rest,
  };
}
