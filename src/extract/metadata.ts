import { findArticle } from './body/article.js';
import { blocksOf } from './body/blocks.js';
import { authorOf, outletOf, publicationDate } from './body/page-meta.js';
import type { DocumentMeta } from './types.js';

/**
 * Headline, outlet, date and author, read from where pages put them (body/page-meta.ts): never
 * from the article's sentences, so "Born on 5 April 1920" is no publication date and an agency the
 * article names is no outlet.
 */

/** The first sentence, cut at a word boundary: the title of an article that has no headline. */
function leadSentence(text: string): string | undefined {
  const body = text.replace(/^\s*(?:date|published|posted)[:\s]+\S+\s+/i, '').trim();
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(body)?.[0] ?? body;
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (!flat) return undefined;
  if (flat.length <= 120) return flat.replace(/\.$/, '');
  return `${flat.slice(0, 120).replace(/\s+\S*$/, '')}…`;
}

/** Read a document's headline, outlet, date and author from its text. */
export function readMetadata(text: string): DocumentMeta {
  const blocks = blocksOf(text);
  const meta: DocumentMeta = {};
  const title = findArticle(text).headline?.text ?? leadSentence(text);
  if (title) meta.title = title;
  const source = outletOf(blocks);
  if (source) meta.source = source;
  const publishedAt = publicationDate(blocks);
  if (publishedAt) meta.publishedAt = publishedAt;
  const author = authorOf(blocks);
  if (author) meta.author = author;
  return meta;
}
