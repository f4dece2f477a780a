import type { VizCorpus } from './corpus.js';
import { cutSentence } from './sentence.js';
import type { DocumentTexts } from './texts.js';

/** Lower case, accents removed ("Velayáti" = "velayati"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The words of a text, folded (what is indexed and what a query is split into). */
export function words(text: string): string[] {
  return [...fold(text).matchAll(WORD)].map((m) => m[0].replace(/['’]s$/, ''));
}

/** Where each of `query`'s words (or their plurals) occurs in `text`: ranges of the original text. */
export function findWords(text: string, query: string[]): { start: number; end: number }[] {
  if (query.length === 0) return [];
  const wanted = new Set(query);
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = fold(m[0]).replace(/['’]s$/, '');
    if (wanted.has(w) || wanted.has(w.replace(/e?s$/, ''))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A statement that matches, and whether in its quoted words (0) or only in its sentence (1). */
export type SearchHits = Map<number, 0 | 1>;

/**
 * Full-text search over statements in memory (the snapshot source; with Neo4j, its
 * `statement_content` index answers for the quoted words): every word of a statement's content,
 * and of the sentence around it when the document texts were given, points to the statement.
 * A query matches the statements holding all its words (a word also finds its plural).
 */
export class StatementIndex {
  private readonly postings = new Map<string, number[]>();

  constructor(corpus: VizCorpus, texts: DocumentTexts) {
    corpus.statements.forEach((s, i) => {
      const seen = new Set<string>();
      const text = texts.get(s.docId);
      const sentence = text !== undefined && s.end <= text.length ? cutSentence(text, s, []).text : '';
      for (const w of [...words(s.content), ...words(sentence)]) {
        if (seen.has(w)) continue;
        seen.add(w);
        let list = this.postings.get(w);
        if (!list) this.postings.set(w, (list = []));
        list.push(i);
      }
    });
  }

  /** Statements (by index) holding every word of the query: the word itself or its plural. */
  search(query: string[]): Set<number> {
    let result: Set<number> | undefined;
    for (const w of query) {
      const found = new Set<number>([...(this.postings.get(w) ?? []), ...(this.postings.get(`${w}s`) ?? []), ...(this.postings.get(`${w}es`) ?? [])]);
      const before: Set<number> | undefined = result;
      result = before === undefined ? found : new Set([...before].filter((i) => found.has(i)));
      if (result.size === 0) break;
    }
    return result ?? new Set<number>();
  }
}

/** Rank the hits: those whose quoted words match first. */
export function rankHits(corpus: VizCorpus, found: Set<number>, query: string[]): SearchHits {
  const hits: SearchHits = new Map();
  for (const i of found) {
    const content = new Set(words(corpus.statements[i]!.content));
    const inContent = query.every((w) => content.has(w) || content.has(`${w}s`) || content.has(`${w}es`));
    hits.set(i, inContent ? 0 : 1);
  }
  return hits;
}
