/**
 * Benchmark: entity recognition against plain compromise on the same texts.
 * Usage: node dist/bench/entities.js <corpus.jsonl|file.txt> [--limit N]
 * Plain compromise is `nlp(text)` + people() / organizations() / places() (what the first
 * version did); ours is `findEntities(text)`. Each side runs once to warm up, then timed.
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

function time(texts: string[], fn: (t: string) => number): number {
  const t0 = performance.now();
  let sink = 0;
  for (const t of texts) sink += fn(t);
  if (sink < 0) console.error(sink);
  return performance.now() - t0;
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
  const warm = texts.slice(0, 20);
  time(warm, plain);
  time(warm, ours);
  // Alternate the order so neither side always runs on a colder process.
  const p1 = time(texts, plain);
  const o1 = time(texts, ours);
  const o2 = time(texts, ours);
  const p2 = time(texts, plain);
  const plainMs = Math.min(p1, p2);
  const oursMs = Math.min(o1, o2);
  console.error(`bench/entities: ${texts.length} documents, ${chars} characters`);
  console.log(JSON.stringify({ documents: texts.length, characters: chars, plainMs: Math.round(plainMs), oursMs: Math.round(oursMs), ratio: Number((oursMs / plainMs).toFixed(3)) }));
}
