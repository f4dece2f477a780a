import type { DocumentMeta } from './types.js';

/**
 * Headline, outlet and date, read from the text of a scraped article.
 * Scraped pages open with navigation ("No Script", "Please Wait...", "Media Wire"); the headline
 * is the first line after it that reads like one.
 */

/** Lines that pages put before or around the article and that are never its headline. */
const BOILERPLATE = new Set(
  [
    'no script', 'please wait', 'please wait...', 'media wire', 'loading', 'loading...', 'menu', 'home',
    'skip to content', 'skip to main content', 'advertisement', 'share', 'share this', 'subscribe',
    'sign in', 'log in', 'search', 'related articles', 'recent posts', 'post your comments',
    'javascript is disabled', 'enable javascript', 'cookies', 'accept cookies', 'print', 'email',
  ],
);

/** Icon-font ligatures that leak into scraped text ("folder_open", "access_time"). */
const ICON_LIGATURE = /\b[a-z]+_[a-z_]+\b/;
const SOCIAL_LINK = /^(.{2,60}?)\s+(Telegram|Twitter|Facebook|Instagram|YouTube|WhatsApp)$/;
const BYLINE = /^by\s/i;
const MAX_TITLE = 200;

function isBoilerplate(line: string): boolean {
  const key = line.trim().toLowerCase().replace(/[.…:|]+$/, '');
  return BOILERPLATE.has(key) || BOILERPLATE.has(line.trim().toLowerCase());
}

/** A line that could be a headline: a handful of words, no sentence running on. */
function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length < 3 || words.length > 30 || line.length > MAX_TITLE) return false;
  if (isBoilerplate(line) || ICON_LIGATURE.test(line) || BYLINE.test(line) || SOCIAL_LINK.test(line)) return false;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(line)) return false;
  // A headline does not end a sentence with a full stop after many words.
  return !(/[a-z]\.$/.test(line) && words.length > 12);
}

const ISO_DATE = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const LONG_DATE = new RegExp(`\\b(${MONTHS})\\s+(\\d{1,2}),\\s+((?:19|20)\\d\\d)\\b`);
const DAY_FIRST_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS})\\s+((?:19|20)\\d\\d)\\b`);

function monthNumber(name: string): string {
  return String(MONTHS.split('|').indexOf(name) + 1).padStart(2, '0');
}

/** A date the page states near its top ("date 2024-12-30", "January 3, 2021"), as YYYY-MM-DD. */
export function findPublishedDate(head: string): string | undefined {
  const stated = /\b(?:date|published|posted|updated)[:\s]+/i.exec(head);
  const where = stated ? head.slice(stated.index) : head;
  const iso = ISO_DATE.exec(where);
  if (iso && (stated || iso.index < 200)) return iso[0];
  const long = LONG_DATE.exec(where);
  if (long && long.index < 300) return `${long[3]}-${monthNumber(long[1]!)}-${long[2]!.padStart(2, '0')}`;
  const dayFirst = DAY_FIRST_DATE.exec(where);
  if (dayFirst && dayFirst.index < 300) {
    return `${dayFirst[3]}-${monthNumber(dayFirst[2]!)}-${dayFirst[1]!.padStart(2, '0')}`;
  }
  return undefined;
}

const AGENCY = /\b((?:[A-Z][\w'’-]*\s+){0,5}(?:News Agency|News Network|News|Press|Times|Post|Herald|Tribune|Telegraph|Agency|Wire))\s*\(([A-Z]{2,8})\)/;
const WEBSITE = /\bthe\s+((?:[A-Z][\w'’-]*\s+){1,5})\(([A-Z]{2,8})\)\s+news\s+(?:website|agency|outlet)/;

/** The outlet that published the page, where the text names it. */
export function findOutlet(text: string, headLines: string[]): string | undefined {
  const agency = AGENCY.exec(text.slice(0, 3000));
  if (agency) return agency[1]!.trim();
  const site = WEBSITE.exec(text);
  if (site) return site[1]!.trim();
  for (const line of headLines) {
    const social = SOCIAL_LINK.exec(line.trim());
    if (social) return social[1]!.trim();
  }
  return undefined;
}

/** The first sentence, cut at a word boundary: the title of an article that has no headline. */
function leadSentence(text: string): string | undefined {
  const body = text.replace(/^\s*(?:date|published|posted)[:\s]+\S+\s+/i, '').trim();
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(body)?.[0] ?? body;
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (!flat) return undefined;
  if (flat.length <= 120) return flat.replace(/\.$/, '');
  return `${flat.slice(0, 120).replace(/\s+\S*$/, '')}…`;
}

/** Read a document's headline, outlet and date from its text. */
export function readMetadata(text: string): DocumentMeta {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const firstBody = lines.findIndex((l) => l.length > MAX_TITLE || /[.!?]["”’]?$/.test(l) && l.split(/\s+/).length > 25);
  const headLines = firstBody === -1 ? lines.slice(0, 8) : lines.slice(0, firstBody);
  const title = headLines.find(looksLikeHeadline) ?? leadSentence(text);
  const meta: DocumentMeta = {};
  if (title) meta.title = title;
  const source = findOutlet(text, headLines);
  if (source) meta.source = source;
  const publishedAt = findPublishedDate(text.slice(0, 1000));
  if (publishedAt) meta.publishedAt = publishedAt;
  return meta;
}
