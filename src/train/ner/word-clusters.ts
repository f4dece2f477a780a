import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { readDocument } from '../../extract/ner/document.js';
import { clusterKey } from '../../extract/ner/features/clusters.js';
import { exchangeClusters } from './clusters.js';

/** Settings of the word clusters. */
export interface ClusterSettings {
  /** Class counts of the clusterings, coarse to fine. */
  sizes: number[];
  passes: number;
  /** Words seen fewer times are not clustered. */
  minCount: number;
}

export const DEFAULT_CLUSTERS: ClusterSettings = { sizes: [50, 200, 800], passes: 15, minCount: 3 };

/** A cluster table: each word's class in each clustering, words in code-unit order. */
export interface ClusterTable {
  words: string[];
  classes: number[][];
  sizes: number[];
}

/** The tokens of every sentence of the `text` fields of JSONL files, as the recognizer splits them. */
export async function readSentences(files: readonly string[], log: (line: string) => void): Promise<string[][]> {
  const sentences: string[][] = [];
  for (const file of files) {
    let tokens = 0;
    for await (const line of createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text !== 'string') continue;
      const doc = readDocument(text);
      const s = doc.sentenceStarts;
      for (let k = 0; k + 1 < s.length; k++) sentences.push(doc.words.slice(s[k], s[k + 1]).map(clusterKey));
      tokens += doc.words.length;
    }
    log(`unlabelled text: ${file}: ${tokens.toLocaleString('en')} tokens`);
  }
  return sentences;
}

/** Cluster the words of `sentences` at each size of `settings`. Deterministic. */
export function buildClusters(sentences: readonly string[][], settings: ClusterSettings, log: (line: string) => void): ClusterTable {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocabulary = [...counts]
    .filter(([, c]) => c >= settings.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w]) => w);
  const id = new Map(vocabulary.map((w, i) => [w, i]));
  let length = 0;
  for (const s of sentences) length += s.length + 1;
  const stream = new Int32Array(length);
  let at = 0;
  for (const s of sentences) {
    for (const w of s) stream[at++] = id.get(w) ?? -1;
    stream[at++] = -1;
  }
  log(`clustering ${vocabulary.length.toLocaleString('en')} words seen at least ${settings.minCount} times`);
  const input = { vocabulary, counts: Int32Array.from(vocabulary, (w) => counts.get(w)!), stream };
  const runs = settings.sizes.map((k) => exchangeClusters(input, k, settings.passes, log));
  const words = [...vocabulary].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { words, classes: words.map((w) => runs.map((r) => r[id.get(w)!]!)), sizes: [...settings.sizes] };
}

/** The table as the features read it. */
export const clusterMap = (t: ClusterTable): Map<string, number[]> => new Map(t.words.map((w, i) => [w, t.classes[i]!]));
