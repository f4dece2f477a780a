/** A word or punctuation mark with its offsets in the document. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word (letters/digits), as against punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

// Words keep inner apostrophes, hyphens, dots and slashes ("Khamenei’s", "al-Quds", "U.S", "RFE/RL");
// a possessive apostrophe after s ("Hamas’") stays with its word.
const TOKEN = /[\p{L}\p{N}]+(?:[’'\-./&][\p{L}\p{N}]+)*(?:(?<=s)[’'](?![\p{L}]))?|\S/gu;

/** Split `text[start, end)` into tokens with document offsets. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const t = m[0];
    const word = /[\p{L}\p{N}]/u.test(t[0]!);
    out.push({ text: t, lower: t.toLowerCase(), start: start + m.index, end: start + m.index + t.length, word, cap: /^\p{Lu}/u.test(t) });
  }
  return out;
}

const TITLE_ABBREVIATIONS = /^(?:mr|mrs|ms|dr|gov|sen|rep|gen|lt|col|maj|capt|sgt|adm|st|jr|sr|prof|rev|hon|pres|\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/iu;

/** Whether the full stop after this token belongs to it ("Mr.", "Gov.", "S.E.C.", the initial in "Charles B. Rangel"). */
export function isAbbreviation(t: Token | undefined): boolean {
  return !!t && t.word && TITLE_ABBREVIATIONS.test(t.text) && (t.text.length > 1 || t.cap);
}
