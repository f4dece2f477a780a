import { blocksOf, type Block } from './blocks.js';

/** Where a page's article is: one stretch of the text, less the furniture inside it. */
export interface Article {
  /** From the top to the end of the last paragraph. */
  start: number;
  end: number;
  /** Furniture inside the stretch: bylines, time stamps, notices, lists of links. In order. */
  excluded: { start: number; end: number }[];
  /** The headline: the first line before the first paragraph that reads like one. */
  headline?: Block;
}

/** Blocks that are furniture wherever they stand. A teaser counts only beside others (see furnitureAfter). */
const FURNITURE = new Set(['boilerplate', 'heading', 'comments', 'stamp', 'byline']);
/** Furniture at the top of a page, before the first paragraph. */
const PAGE_TOP = new Set(['boilerplate', 'stamp', 'byline']);
const MAX_HEADLINE_WORDS = 30;
const MAX_HEADLINE = 200;

/** A line that could be a headline: a handful of words, opening like a title. */
export function isHeadline(b: Block): boolean {
  return b.kind === 'line' && b.words >= 3 && b.words <= MAX_HEADLINE_WORDS && b.text.length <= MAX_HEADLINE && /^[\p{Lu}\p{N}"“‘']/u.test(b.text);
}

/** Runs of three or more Title Case lines in a row: headlines of other articles. */
function titleCaseRuns(blocks: Block[], from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let i = from; i < to; ) {
    let j = i;
    while (j < to && blocks[j]!.titleCase) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) out.add(k);
    i = j + 1;
  }
  return out;
}

const proseChars = (blocks: Block[], from: number, to: number) =>
  blocks.slice(from, to).reduce((n, b) => n + (b.kind === 'prose' ? b.end - b.start : 0), 0);

/** Whether what follows the last paragraph is page furniture rather than more of the article. */
function furnitureAfter(blocks: Block[], from: number, to: number): boolean {
  const tail = blocks.slice(from, to);
  return tail.some((b) => FURNITURE.has(b.kind)) || tail.filter((b) => b.kind === 'teaser').length >= 2 || titleCaseRuns(blocks, from, to).size > 0;
}

/** Lists of links inside the article: a list's heading and what follows it up to the next paragraph. */
function listsIn(blocks: Block[], from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let k = from; k < to; k++) {
    if (blocks[k]!.kind !== 'heading') continue;
    for (let j = k; j < to && (j === k || blocks[j]!.kind !== 'prose'); j++) out.add(j);
  }
  return out;
}

/**
 * Find the article in a page's text, by the shape of its blocks and never by any site's words:
 * it runs from the top, less the navigation, notices, time stamps and bylines before its first
 * paragraph, to its last paragraph when what follows is furniture (notices, time stamps,
 * teasers, lists of Title Case headlines) and in any case to the heading of its comments; a list
 * of links inside it (a "Related Articles" heading and what follows up to the next paragraph) is
 * left out. Text without paragraphs, or with nothing but text after them, is kept whole.
 */
export function findArticle(text: string): Article {
  const blocks = blocksOf(text);
  const first = blocks.findIndex((b) => b.kind === 'prose');
  // Before the first paragraph a heading is no list's heading ("Latest Opera browser gets vocal").
  const h = blocks.slice(0, first === -1 ? blocks.length : first).findIndex((b) => isHeadline(b.kind === 'heading' || b.kind === 'comments' ? { ...b, kind: 'line' } : b));
  const headline = h === -1 ? undefined : blocks[h];
  const whole = (excluded: { start: number; end: number }[]) => (headline ? { start: 0, end: text.length, excluded, headline } : { start: 0, end: text.length, excluded });
  if (first === -1) return whole(spans(blocks.filter((b) => PAGE_TOP.has(b.kind))));
  const cut = blocks.findIndex((b, k) => k > first && b.kind === 'comments');
  const limit = cut === -1 ? blocks.length : cut;
  let last = limit - 1;
  while (blocks[last]!.kind !== 'prose') last--;
  const ends = cut !== -1 || furnitureAfter(blocks, last + 1, limit);
  const stop = ends ? last + 1 : blocks.length;
  const runs = titleCaseRuns(blocks, first, stop);
  const lists = listsIn(blocks, first + 1, stop);
  const furniture = blocks.slice(0, stop).filter((b, k) => k !== h && (k < first ? PAGE_TOP.has(b.kind) : FURNITURE.has(b.kind) || runs.has(k) || lists.has(k)));
  const article = whole(spans(furniture));
  return ends ? { ...article, end: blocks[last]!.end } : article;
}

const spans = (blocks: Block[]) => blocks.map((b) => ({ start: b.start, end: b.end }));

/** Whether [start, end) lies in the article, clear of its furniture. */
export function inArticle(article: Article, start: number, end: number): boolean {
  return start >= article.start && end <= article.end && !article.excluded.some((x) => start < x.end && end > x.start);
}
