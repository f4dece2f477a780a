import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceModel } from '../../extract/coref/source/index.js';
import type { Trainer } from '../trainers.js';
import { sourceCard } from './card.js';
import { readSourceData, type SourceData } from './instances.js';
import { argmax, trainRanker } from './perceptron.js';

/** Training settings; the card records them. */
export const SOURCE_SETTINGS = { epochs: 10, seed: 20181 } as const;

/** Where the model goes under models/. */
export const SOURCE_MODEL_FILE = join('source', 'source-ranker.json');

/** How often the model's first choice, and the rules', is the annotated source. */
export function choiceAccuracy(weights: ReadonlyMap<string, number>, data: SourceData): { model: number; rule: number; choices: number } {
  // a choice of one candidate is right or wrong whatever the model does
  const singleRight = data.ruleRight - data.instances.filter((i) => i.gold[0]).length;
  const modelRight = data.instances.filter((i) => i.gold[argmax(weights, i.candidates)]).length;
  const share = (n: number) => (data.choices === 0 ? 1 : n / data.choices);
  return { model: share(singleRight + modelRight), rule: share(data.ruleRight), choices: data.choices };
}

/** The source ranker: which words of a sentence name who said it, learned from PolNeAR's annotated sources. */
export const sourceTrainer: Trainer = {
  name: 'source',
  description: 'the source ranker (which words name the speaker), from PolNeAR train; checked on PolNeAR dev',
  async run(ctx) {
    const train = await readSourceData(join(ctx.dataDir, 'dev', 'polnear_train.jsonl'), ctx.log);
    ctx.log(`train: ${train.documents} documents, ${train.choices} choices, ${train.instances.length} with more than one candidate`);
    const weights = trainRanker(train.instances, SOURCE_SETTINGS.epochs, SOURCE_SETTINGS.seed);
    const dev = await readSourceData(join(ctx.dataDir, 'dev', 'polnear_dev.jsonl'), ctx.log);
    const scores = { train: choiceAccuracy(weights, train), dev: choiceAccuracy(weights, dev) };
    ctx.log(`source words right: train ${(100 * scores.train.model).toFixed(1)}% (rules ${(100 * scores.train.rule).toFixed(1)}%), dev ${(100 * scores.dev.model).toFixed(1)}% (rules ${(100 * scores.dev.rule).toFixed(1)}%)`);
    const model: SourceModel = { format: 'claimgraph-source-ranker', version: 1, weights: Object.fromEntries(weights) };
    await mkdir(join(ctx.modelsDir, 'source'), { recursive: true });
    await writeFile(join(ctx.modelsDir, SOURCE_MODEL_FILE), `${JSON.stringify(model, null, 0)}\n`);
    await writeFile(join(ctx.modelsDir, 'source', 'README.md'), sourceCard({ weights: weights.size, train, dev, scores, settings: SOURCE_SETTINGS }));
    ctx.log(`wrote ${join(ctx.modelsDir, SOURCE_MODEL_FILE)} (${weights.size} weights)`);
  },
};
