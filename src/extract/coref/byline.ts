/**
 * The byline lines of an article: "By Jane Smith", "Written by …", "Reporting by …",
 * "Jane Smith | Reporter". A name there is the reporter's, never a speaker's.
 */
const BYLINE = /^[ \t]*(?:(?:[Bb]y|BY|[Ww]ritten by|[Ss]tory by|[Rr]eporting by|[Ww]ords by|[Pp]osted by)[ \t:]+\p{Lu}[^\n]{0,120}|\p{Lu}[\p{L}.'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]+){1,3}[ \t]*[|·•][^\n]{0,80})$/gmu;

const BYLINE_WORDS = new Set(['by', 'and', 'the', 'of', 'in', 'for', 'with', 'at', 'staff', 'reporter', 'reporters', 'writer', 'correspondent', 'editor', 'contributor', 'news', 'special', 'senior', 'political', 'national', 'chief', 'bureau', 'updated', 'published']);

/** The spans of the byline lines of `text`. */
export function bylineSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(BYLINE)) {
    // "By Tuesday, officials had left" is a sentence: a byline's lower-case words are few and known
    const words = m[0].trim().split(/\s+/u);
    const lower = words.slice(1).filter((w) => /^\p{Ll}/u.test(w) && !BYLINE_WORDS.has(w.replace(/[^\p{L}]/gu, '')));
    if (lower.length > 0 || words.length > 14) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
