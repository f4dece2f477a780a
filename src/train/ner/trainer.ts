import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { applyRules, ruleHints } from '../../extract/entities/index.js';
import type { NerDoc } from '../../extract/ner/document.js';
import { recognize } from '../../extract/ner/recognize.js';
import { decodeModel } from '../../extract/ner/format.js';
import type { Resources } from '../../extract/ner/features/table.js';
import type { NerModel } from '../../extract/ner/model.js';
import { MODEL_FILES } from '../../pipeline/model.js';
import { writeCard } from './card.js';
import { readLabelled, type LabelledDoc } from './corpus.js';
import { encodeModel } from './encode.js';
import { formatScores, scoreSpans, type SpanScores } from './score.js';
import { DEFAULT_SETTINGS, trainRecognizer, type TrainSettings } from './train.js';
import { caseShares } from './case-share.js';
import { buildClusters, clusterMap, DEFAULT_CLUSTERS, readSentences, type ClusterTable } from './word-clusters.js';

/** Everything one training run needs: where the data is and where the model goes. */
export interface NerTrainingPlan {
  /** Annotated documents to learn from (the gold format of `claimgraph eval`), each file with its weight. */
  gold: { path: string; weight?: number }[];
  /** Annotated documents to score on after each epoch; never learned from. */
  dev?: string;
  /**
   * Unlabelled text (JSONL with `text`) to learn word clusters and case shares from, or the
   * ready tables (a newsroom's model takes the shipped model's).
   */
  words: { texts: string[] } | WordTables;
  out: string;
  settings?: Partial<TrainSettings>;
  /** The command line that reproduces the run, for the card. */
  command: string;
  log(line: string): void;
}

/** What is learned from unlabelled text. */
export interface WordTables {
  table: ClusterTable;
  caseShare: ReadonlyMap<string, number>;
}

async function learnWords(texts: string[], log: (line: string) => void): Promise<WordTables> {
  const sentences = await readSentences(texts, log);
  return { table: buildClusters(sentences, DEFAULT_CLUSTERS, log), caseShare: caseShares(sentences, DEFAULT_CLUSTERS.minCount) };
}

/** What the rules say of each token: the same function at training and at extraction. */
export const hintsOf = (resources: Resources) => (doc: NerDoc) => {
  const { ctx, candidates } = applyRules(doc, resources);
  return ruleHints(ctx, doc, candidates);
};

function score(docs: readonly LabelledDoc[], model: NerModel): SpanScores {
  const hints = hintsOf(model.resources);
  return scoreSpans(docs.map((d) => d.spans), docs.map((d) => recognize(model, d.doc, hints(d.doc))));
}

/**
 * Train the entity recognizer and write it to `plan.out` (ner.json, ner.bin, CARD.md): word
 * clusters from unlabelled text (or a given table), the two-pass perceptron on the gold files,
 * 8-bit weights. Same data and settings, same ner.json and ner.bin, byte for byte.
 */
export async function trainNer(plan: NerTrainingPlan): Promise<{ dev?: SpanScores }> {
  const started = Date.now();
  const { log } = plan;
  const settings = { ...DEFAULT_SETTINGS, ...plan.settings };
  const docs: LabelledDoc[] = [];
  for (const { path: file, weight } of plan.gold) {
    const { docs: more, report } = await readLabelled(file);
    if (weight !== undefined && weight !== 1) for (const d of more) d.weight = weight;
    log(`${file}: ${report.documents} documents, ${report.entities} names${report.widened ? `, ${report.widened} widened to whole tokens` : ''}${report.overlapping ? `, ${report.overlapping} overlapping dropped` : ''}`);
    docs.push(...more);
  }
  if (docs.length === 0) throw new Error(`no annotated documents with text in ${plan.gold.map((g) => g.path).join(', ')}`);
  const dev = plan.dev && existsSync(plan.dev) ? (await readLabelled(plan.dev)).docs : undefined;
  const { table, caseShare } = 'texts' in plan.words ? await learnWords(plan.words.texts, log) : plan.words;
  const resources = { clusters: clusterMap(table), caseShare };
  const { model, hashes } = trainRecognizer(docs, resources, settings, { log, hintsOf: hintsOf(resources), ...(dev && { dev }) });
  const seconds = Math.round((Date.now() - started) / 1000);
  const about = { settings, clusters: { sizes: table.sizes, words: table.words.length }, documents: docs.length, gold: plan.gold.length };
  const { header, bytes } = encodeModel({ model, hashes, clusters: table, caseShare, about });
  const shipped = decodeModel(header, bytes);
  const devScores = dev ? score(dev, shipped) : undefined;
  if (devScores) {
    header.about = { ...header.about, dev: Object.fromEntries(Object.entries(devScores.byType).map(([t, s]) => [t, Number((100 * s.f).toFixed(1))])) };
    log(`dev, the model as written (8-bit weights): ${formatScores(devScores)}`);
  }
  const data = deflateSync(bytes, { level: 9 });
  // Written beside the target, then renamed: a failed run never leaves half a model.
  const tmp = `${plan.out}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  await writeFile(join(tmp, MODEL_FILES.header), `${JSON.stringify(header, null, 2)}\n`);
  await writeFile(join(tmp, MODEL_FILES.data), data);
  await writeFile(join(tmp, 'CARD.md'), writeCard({ header, plan, dev: devScores, seconds, bytes: data.length }));
  await rm(plan.out, { recursive: true, force: true });
  await rename(tmp, plan.out);
  log(`wrote ${plan.out} (${(data.length / 2 ** 20).toFixed(1)} MB) in ${seconds} s`);
  return devScores ? { dev: devScores } : {};
}
