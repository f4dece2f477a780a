import type { Block } from './blocks.js';
import { DATE_SOURCE, findDate } from './dates.js';

/**
 * Metadata read from where pages put it, never from the article's sentences: the date from a
 * date line or a dateline at the top, the outlet from an agency credit, a copyright line, a
 * site's own notice or its masthead, the author from the byline.
 */

/** The top of a page: the blocks before its first paragraph, and that paragraph (for a dateline). */
function topOf(blocks: Block[]): Block[] {
  const first = blocks.findIndex((b) => b.kind === 'prose');
  return blocks.slice(0, first === -1 ? Math.min(blocks.length, 4) : first + 1);
}

/** The top of a page and its first three paragraphs, whose openings may credit an agency. */
function opening(blocks: Block[]): Block[] {
  let prose = 0;
  const end = blocks.findIndex((b) => b.kind === 'prose' && ++prose > 3);
  return blocks.slice(0, end === -1 ? blocks.length : end);
}

const LABEL = /^(?:date|dated|published|posted|updated|last updated|first published)\b\s*(?:on\b)?\s*:?\s*/iu;
/** "VIENNA, March 3, 2021 -", "LONDON, 3 March 2021 (Reuters) —", "WASHINGTON (AP) —". */
const DATELINE = new RegExp(`^[\\p{Lu}][\\p{Lu}\\p{L} .'’-]{1,40}?(?:,\\s*[\\p{Lu}][\\p{L}.]*)?(?:,\\s*|\\s+)${DATE_SOURCE}\\s*(?:\\([^)]{1,40}\\)\\s*)?[-–—:]`, 'u');

/** The date of publication: a labelled date, a date line of its own, or the date of a dateline. */
export function publicationDate(blocks: Block[]): string | undefined {
  for (const b of topOf(blocks)) {
    const label = LABEL.exec(b.text);
    if (label) {
      const d = findDate(b.text.slice(label[0].length, label[0].length + 40));
      if (d && d.index <= 3) return d.date;
    }
    // A line that is a date and little else: "Tuesday 3 March 2021", "LONDON 1996-08-30".
    if (b.kind !== 'prose' && b.words <= 8) {
      const d = findDate(b.text);
      if (d && b.text.length - d.length <= 40) return d.date;
    }
    if (DATELINE.test(b.text)) return findDate(b.text)?.date;
  }
  return undefined;
}

const NEWS_WORD = '(?:News\\s+Agency|Agency|News|Press|Wire|Service|Times|Post|Herald|Tribune|Telegraph|Network|Gazette|Journal)';
/** "AhlulBayt News Agency (ABNA):" opening a paragraph. */
const AGENCY_LEAD = new RegExp(`^((?:\\p{Lu}[\\p{L}'’&.-]*\\s+){0,6}?${NEWS_WORD})\\s*\\(\\p{Lu}{2,8}\\)\\s*[:–—-]`, 'u');
/** "LONDON (Reuters) -", "GAZA CITY, Jan 5 (AP) —": the agency in a dateline. */
const DATELINE_CREDIT = /^(?:(?:\p{Lu}[\p{L}.'’-]*|\d{1,4}),?\s+){1,6}\((\p{Lu}[\p{L}&.’'-]*(?:\s\p{Lu}[\p{L}&.’'-]*){0,3})\)\s*[-–—]/u;
const NAME = "(?:The\\s+)?\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?!All\\b|Rights\\b)\\p{Lu}[\\p{L}&.'’-]*){0,4}";
/** "© 2024 Reuters", "Copyright 2005 BBC News. All rights reserved". */
const COPYRIGHT = new RegExp(`(?:©|\\(c\\)|\\bcopyright\\b)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?(${NAME})`, 'iu');
/** A site's notice about itself: "… the Iran Front Page (IFP) news website". */
const SITE = /\bthe\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,5}?)(?:\(\p{Lu}{2,8}\)\s+)?(?:news\s+)?(?:website|web site|newspaper|news agency)\b/u;
const SOCIAL = /^((?:\p{Lu}[\p{L}'’-]*\s+){1,3}?)(?:Telegram|Twitter|Facebook|Instagram|YouTube|WhatsApp|X)$/u;

/** The outlet, where the page credits itself: agency, copyright, notice, masthead (in that order). */
export function outletOf(blocks: Block[]): string | undefined {
  const top = topOf(blocks);
  for (const b of opening(blocks)) {
    const m = AGENCY_LEAD.exec(b.text) ?? DATELINE_CREDIT.exec(b.text);
    if (m) return m[1]!.trim();
  }
  for (const b of blocks) {
    if (b.kind !== 'boilerplate') continue;
    const m = COPYRIGHT.exec(b.text) ?? SITE.exec(b.text);
    if (m) return m[1]!.trim().replace(/[.,;:]+$/u, '');
  }
  for (const b of top) {
    const m = b.kind !== 'prose' ? SOCIAL.exec(b.text) : null;
    if (m) return m[1]!.trim();
  }
  return undefined;
}

const GENERIC = new Set(['staff', 'agencies', 'agency', 'reporter', 'reporters', 'correspondent', 'correspondents', 'writer', 'writers', 'editor', 'editors', 'desk', 'newsroom', 'wires', 'wire', 'team', 'our']);

/** The author named by the byline: "By John Smith and Jane Doe, BBC News" → "John Smith and Jane Doe". */
export function authorOf(blocks: Block[]): string | undefined {
  for (const b of topOf(blocks)) {
    if (b.kind !== 'byline') continue;
    const names = /^(?:by|reporting by|written by)\s+((?:\p{Lu}[\p{L}.'’-]*|and|&)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&))*)/iu.exec(b.text)?.[1];
    if (!names) continue;
    const words = names.split(/\s+/u).filter((w) => !/^(?:and|&)$/iu.test(w));
    if (words.every((w) => GENERIC.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')))) continue;
    return names.replace(/\s+(?:and|&)$/iu, '');
  }
  return undefined;
}
