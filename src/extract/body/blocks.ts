import { BOILERPLATE_PHRASES, BOILERPLATE_WORDS, COMMENTS_HEADING, LIST_HEADING } from './vocabulary.js';

/**
 * A page's text cut into blocks (its non-empty lines), each with its exact place and what it
 * looks like. A news article is paragraphs of sentences; what surrounds it on a web page is short
 * lines: navigation, headlines of other articles, time stamps, teasers cut off with "…",
 * bylines, notices.
 */
export type BlockKind =
  /** A paragraph: eight words or more, ending as sentences end; or long. */
  | 'prose'
  /** Any other line of the article's shape: a headline, a subheading, a table row. */
  | 'line'
  /** Boilerplate: a notice, a disclaimer, sharing and navigation words. */
  | 'boilerplate'
  /** A heading of a list of other articles ("Related Articles", "Most read"). */
  | 'heading'
  /** A heading of comments ("Comments", "Leave a Reply"). */
  | 'comments'
  /** A teaser of another article, cut off with "…". */
  | 'teaser'
  /** A relative time stamp or a "posted on" line ("11 hours ago"). */
  | 'stamp'
  /** A byline or a credit line ("By Staff, Agencies", "Reporting by …"). */
  | 'byline';

export interface Block {
  start: number;
  end: number;
  text: string;
  kind: BlockKind;
  words: number;
  /**
   * A line of five to twenty words in Title Case, as headlines of other articles are ("Biden
   * Directs Pentagon To Continue Its Surge"); not a bullet of a list, a fixture ("A v B") or a
   * line with figures or brackets, which articles hold.
   */
  titleCase: boolean;
}

const SMALL = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'but', 'by', 'from', 'with', 'as', 'vs', 'is', 'are', 'over', 'after', 'into', 'up']);
const STAMP = /(?<!\d)\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|^(?:posted|published|updated|last updated|modified)\b(?:\s+on)?\s*:?\s*\S/iu;
const BYLINE = /^[Bb]y\s+\p{Lu}|^\(?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional reporting|[Cc]ompiled|[Ww]ritten|[Ee]dited) by\s/u;
const TEASER = /(?:…|\.\.\.)\s*["”’']?\s*$/u;
/** A copyright line: "© 2024 …", "Copyright 2024", "(c) Reuters" (not a "©" inside a mis-decoded word). */
const COPYRIGHT = /(?:^|\s)(?:©|\(c\))\s*(?:\d{4}|\p{Lu})|\bcopyright\s+(?:©\s*)?\d{4}/iu;
/** "… do not necessarily reflect the opinion of … website": a site's disclaimer of what it carries. */
const DISCLAIMER = /necessarily reflect[\s\S]*\b(?:web ?site|site|section|publication|newspaper|channel)\b/u;
const MAX_NOTICE_WORDS = 100;
/** A paragraph: this many words or more, ending as a sentence ends (headlines and link titles do not). */
const MIN_SENTENCE_WORDS = 8;
const SENTENCE_END = /[.!?:;]["”’')\]]*\s*$/u;

function wordsOf(line: string): string[] {
  return line.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
}

function isBoilerplate(line: string, words: string[]): boolean {
  const lower = line.toLowerCase();
  // Notices are a few sentences; a longer block is text, whatever it mentions.
  if (words.length > MAX_NOTICE_WORDS) return false;
  if (COPYRIGHT.test(line)) return true;
  // Articles use these phrases too ("the views expressed by MPs"): alone, one marks only a short
  // block, or a disclaimer of what the site publishes.
  const phrases = BOILERPLATE_PHRASES.filter((p) => lower.includes(p)).length;
  if (phrases >= 2 || (phrases === 1 && (words.length <= 25 || DISCLAIMER.test(lower)))) return true;
  if (words.length > 6 || /[.!?]\s*$/u.test(line)) return false;
  // A short line made of furniture words ("Share", "Print Email", "Please Wait…"), not one that
  // merely holds one ("Share prices fall").
  const keys = words.map((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, '')).filter((w) => !SMALL.has(w));
  return keys.length > 0 && keys.filter((w) => BOILERPLATE_WORDS.has(w)).length * 2 >= keys.length;
}

function titleCased(words: string[]): boolean {
  const big = words.filter((w) => !SMALL.has(w.toLowerCase()));
  if (big.length < 2) return false;
  return big.filter((w) => /^["“‘'(]?\p{Lu}/u.test(w)).length >= 0.8 * big.length;
}

/** A menu: three or more items of a few words, between bars or bullets ("Home | About | Contact"). */
function isMenu(line: string): boolean {
  const items = line.split(/\s[|•·»]\s/u);
  return items.length >= 3 && items.every((i) => i.trim().split(/\s+/u).length <= 3);
}

function kindOf(line: string, words: string[], digits: number): BlockKind {
  if (words.length <= 4 && !/[.!?]$/u.test(line)) {
    if (COMMENTS_HEADING.test(line)) return 'comments';
    if (LIST_HEADING.test(line)) return 'heading';
  }
  if (isMenu(line) || isBoilerplate(line, words)) return 'boilerplate';
  if (words.length <= 8 && STAMP.test(line)) return 'stamp';
  if (words.length <= 10 && BYLINE.test(line) && !/[.!?]\s*$/u.test(line)) return 'byline';
  if (words.length >= 4 && TEASER.test(line)) return 'teaser';
  if (words.length >= 40 || (words.length >= MIN_SENTENCE_WORDS && SENTENCE_END.test(line) && digits < words.length)) return 'prose';
  return 'line';
}

/** The blocks of a text, in order. */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  const line = /[^\n]+/gu;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    const words = wordsOf(body);
    const digits = body.split(/\s+/u).filter((w) => /^\W*\d/u.test(w)).length;
    const kind = kindOf(body, words, digits);
    const titleCase = kind === 'line' && words.length >= 5 && words.length <= 20 && !/[.:(]/u.test(body.slice(-2)) && !/[(]|\bv\b|\bvs\b|\bversus\b|^[-–•*·]/u.test(body) && digits <= 0.2 * words.length && titleCased(words);
    blocks.push({ start, end: start + body.length, text: body, kind, words: words.length, titleCase });
  }
  return blocks;
}
