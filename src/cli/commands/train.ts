import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCommand } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { DEFAULT_MODEL_DIR, readModelFiles, readRecognizer } from '../../pipeline/model.js';
import { DEFAULT_SETTINGS } from '../../train/ner/train.js';
import type { WordTables } from '../../train/ner/trainer.js';

const DEFAULT_BASE = '../shared/data/dev/conllpp_train.jsonl';

/** The word tables of a model directory, so that a newsroom's model reads words as the shipped one does. */
function wordTablesOf(dir: string): WordTables {
  const { header } = readModelFiles(dir);
  const { resources } = readRecognizer(dir);
  const clusters = resources.clusters ?? new Map<string, readonly number[]>();
  const words = [...clusters.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { table: { words, classes: words.map((w) => [...clusters.get(w)!]), sizes: header.clusterSizes }, caseShare: resources.caseShare ?? new Map() };
}

export default defineCommand({
  summary: 'Train an entity recognizer on annotated articles (yours added to the base data)',
  usage: 'claimgraph train --gold OURS.jsonl [--gold MORE.jsonl] --out DIR [--base FILE | --no-base] [--dev FILE]',
  description: [
    'Learns a recognizer of people, organisations and places from articles annotated in the',
    'format `claimgraph eval` reads (docs/gold-format.md; only `entities` is used), added to the',
    `base data (CoNLL-2003 train, default ${DEFAULT_BASE}), and writes it to DIR`,
    '(ner.json, ner.bin, CARD.md). Use it with `claimgraph extract --model DIR`. Word classes',
    'come from the shipped model. Same files and options, same model, byte for byte.',
  ].join('\n'),
  options: {
    gold: { type: 'string', multiple: true },
    out: { type: 'string', short: 'o' },
    base: { type: 'string' },
    'no-base': { type: 'boolean' },
    dev: { type: 'string' },
    weight: { type: 'string' },
    epochs: { type: 'string' },
    seed: { type: 'string' },
  },
  optionHelp: {
    gold: 'your annotated articles (repeatable)',
    out: 'the model directory to write (replaced whole when training succeeds)',
    base: `the base annotated data (default ${DEFAULT_BASE})`,
    'no-base': 'learn from your articles alone',
    dev: 'annotated articles to score after each epoch (never learned from)',
    weight: 'how many times each of your articles counts (default 3)',
    epochs: 'passes over the data (default 6)',
    seed: 'random seed (default 1)',
    help: 'show this help',
  },
  examples: ['claimgraph train --gold ours.jsonl --out our-model', 'claimgraph extract news/ --out s.json --model our-model'],
  async run(values, positionals, ctx) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const gold = (values.gold as string[] | undefined) ?? [];
    const out = values.out as string | undefined;
    if (gold.length === 0) throw new UsageError('give your annotated articles with --gold FILE');
    if (!out) throw new UsageError('--out DIR is required');
    const whole = (name: string, fallback: number, min: number) => {
      const v = values[name];
      if (v === undefined) return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} takes a whole number of at least ${min}, not '${String(v)}'`);
      return n;
    };
    const weight = whole('weight', 3, 1);
    const epochs = whole('epochs', DEFAULT_SETTINGS.epochs, 1);
    const seed = whole('seed', 1, 0);
    const base = values['no-base'] ? undefined : ((values.base as string | undefined) ?? DEFAULT_BASE);
    for (const f of [...gold, ...(base ? [base] : []), ...(values.dev ? [values.dev as string] : [])]) {
      if (!existsSync(f)) {
        const hint = f === DEFAULT_BASE ? ' (give --base FILE with CoNLL-2003 train in the gold format, or --no-base)' : '';
        ctx.stderr.write(`claimgraph train: ${f}: no such file${hint}\n`);
        return EXIT.failed;
      }
    }
    const { trainNer } = await import('../../train/ner/index.js');
    const files = [...(base ? [{ path: base }] : []), ...gold.map((path) => ({ path, weight }))];
    const command = ['claimgraph train', ...gold.map((g) => `--gold ${g}`), `--out ${out}`, base ? `--base ${base}` : '--no-base'];
    if (values.dev) command.push(`--dev ${String(values.dev)}`);
    if (values.weight) command.push(`--weight ${weight}`);
    await trainNer({
      gold: files,
      ...(values.dev ? { dev: values.dev as string } : {}),
      words: wordTablesOf(DEFAULT_MODEL_DIR),
      out: resolve(ctx.cwd, out),
      settings: { epochs, seed },
      command: command.join(' '),
      log: (line) => ctx.stderr.write(`claimgraph train: ${line}\n`),
    });
    return EXIT.ok;
  },
});
