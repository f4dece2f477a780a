import { readSources } from '../input/sources.js';

/** Size of a corpus as claimgraph reads it. */
export interface CorpusStats {
  documents: number;
  /** Whitespace-separated tokens. */
  words: number;
  /** UTF-16 code units. */
  characters: number;
}

/** Words as the bench counts them: whitespace-separated tokens. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** Read a corpus (any input `claimgraph extract` takes) and count its documents, words, characters. */
export async function corpusStats(input: string): Promise<CorpusStats> {
  const stats: CorpusStats = { documents: 0, words: 0, characters: 0 };
  for await (const event of readSources([input])) {
    if (event.kind !== 'document') continue;
    stats.documents++;
    stats.words += countWords(event.doc.text);
    stats.characters += event.doc.text.length;
  }
  return stats;
}
