/** A quotation found in the text. */
export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Content offsets: the words inside the marks. */
  start: number;
  end: number;
  /** Offset just after the closing mark, or `end` when the quotation is never closed. */
  after: number;
  /** Double marks (“…” or "…"), as against single ones (‘…’). */
  double: boolean;
  closed: boolean;
  /** Runs over more than one paragraph (each new one reopened with a mark). */
  paragraphs: number;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const SINGLE_MAX = 300;

/** The offset of the first non-blank character of the next non-empty line after `nl`. */
function nextLineStart(text: string, nl: number): number {
  let i = nl;
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  return i;
}

/**
 * Find the quotations of a document. Double marks pair curly with curly or straight; a quote
 * left open at the end of a paragraph continues when the next paragraph opens with a mark (the
 * news convention for quotes over several paragraphs) and otherwise ends there, unclosed, so a
 * stray mark never swallows the document. Single marks are read only outside double ones.
 */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let openWidth = 1;
  let paragraphs = 1;
  let single = -1;
  const closeDouble = (end: number, after: number, closed: boolean) => {
    let e = end;
    const start = open + openWidth;
    while (e > start && isSpace(text[e - 1])) e--;
    if (e > start) out.push({ open, start, end: e, after: closed ? after : e, double: true, closed, paragraphs });
    open = -1;
    paragraphs = 1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      single = -1;
      if (open < 0) continue;
      const next = nextLineStart(text, i);
      if (next < text.length && (text[next] === '“' || text[next] === '"' || text.startsWith("''", next)) && next > i) {
        paragraphs++;
        i = text.startsWith("''", next) ? next + 1 : next; // skip the reopening mark
        continue;
      }
      closeDouble(i, i, false);
      continue;
    }
    if (c === "'" && text[i + 1] === "'") {
      // two apostrophes stand for a double mark in some newswire text
      if (open >= 0) closeDouble(i, i + 2, true);
      else if (!isSpace(text[i + 2])) {
        open = i;
        openWidth = 2;
        single = -1;
      }
      i++;
    } else if (c === '“') {
      if (open >= 0) closeDouble(i, i, false); // never closed: end the old one here
      open = i;
      openWidth = 1;
      single = -1;
    } else if (c === '”') {
      if (open >= 0) closeDouble(i, i + 1, true);
    } else if (c === '"') {
      if (open >= 0) closeDouble(i, i + 1, true);
      else if (!isSpace(text[i + 1])) {
        open = i;
        openWidth = 1;
        single = -1;
      }
    } else if (open < 0 && (c === '‘' || c === "'" || c === '’')) {
      const prev = text[i - 1];
      if (single < 0 && c !== '’' && !isWordChar(prev) && isWordChar(text[i + 1])) single = i;
      else if (single >= 0 && !isWordChar(text[i + 1]) && !isSpace(prev) && c !== '‘') {
        if (i - single <= SINGLE_MAX && i > single + 1) {
          out.push({ open: single, start: single + 1, end: i, after: i + 1, double: false, closed: true, paragraphs: 1 });
        }
        single = -1;
      }
    }
  }
  if (open >= 0) closeDouble(text.length, text.length, false);
  return out;
}

/** The quote whose marks enclose `offset`, if any. */
export function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  return quotes.find((q) => offset >= q.open && offset < q.after);
}
