/**
 * Benchmark: entity recognition against plain compromise on the same texts.
 * Usage: node dist/bench/entities.js <corpus.jsonl|file.txt> [--limit N]
 * Plain compromise is `nlp(text)` + people() / organizations() / places() (what the first
 * version did); ours is `findEntities(text)`. Both run on 20 documents to warm up, then on
 * every document twice, interleaved.
 * Prints both times and the ratio (ours / plain) on stdout as one JSON line.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { findEntities } from '../extract/entities/index.js';

function readTexts(path: string, limit: number): string[] {
  const raw = readFileSync(path, 'utf8');
  if (!path.endsWith('.jsonl')) return [raw];
  const texts: string[] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text?: unknown }).text;
    if (typeof text === 'string') texts.push(text);
    if (texts.length >= limit) break;
  }
  return texts;
}

function plain(text: string): number {
  const doc = nlp(text);
  return doc.people().length + doc.organizations().length + doc.places().length;
}

function ours(text: string): number {
  return findEntities(text).entities.length;
}

/**
 * Time both on every document, interleaved and in alternating order, so that load from other
 * processes on a shared machine falls on both sides alike. Returns total milliseconds of each.
 */
function timeBoth(texts: string[], rounds: number): { plainMs: number; oursMs: number } {
  let plainMs = 0;
  let oursMs = 0;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    texts.forEach((t, i) => {
      const first = (i + r) % 2 === 0;
      const a = performance.now();
      sink += first ? plain(t) : ours(t);
      const b = performance.now();
      sink += first ? ours(t) : plain(t);
      const c = performance.now();
      plainMs += first ? b - a : c - b;
      oursMs += first ? c - b : b - a;
    });
  }
  if (sink < 0) console.error(sink);
  return { plainMs, oursMs };
}

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--'));
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
if (!path) {
  console.error('bench/entities: usage: node dist/bench/entities.js <corpus.jsonl|file.txt> [--limit N]');
  process.exitCode = 2;
} else {
  const texts = readTexts(path, limit);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  timeBoth(texts.slice(0, 20), 1);
  const { plainMs, oursMs } = timeBoth(texts, 2);
  console.error(`bench/entities: ${texts.length} documents, ${chars} characters`);
  console.log(JSON.stringify({ documents: texts.length, characters: chars, plainMs: Math.round(plainMs), oursMs: Math.round(oursMs), ratio: Number((oursMs / plainMs).toFixed(3)) }));
}
