import { relative } from 'node:path';
import type { ModelHeader } from '../../extract/ner/format.js';
import type { SpanScores } from './score.js';
import type { NerTrainingPlan } from './trainer.js';

/** What the card of a trained recognizer is written from. */
export interface CardInput {
  header: ModelHeader;
  plan: NerTrainingPlan;
  dev: SpanScores | undefined;
  seconds: number;
  bytes: number;
}

const pct = (x: number) => (100 * x).toFixed(1);
/** A data path as the command that made the model was given it (relative to where it ran). */
const shown = (p: string) => `\`${relative(process.cwd(), p) || p}\``;

/**
 * The model card (CARD.md): what the recognizer learned from and on what terms, how it scores,
 * and the command that made it. Everything but the training time follows from the inputs.
 */
export function writeCard({ header, plan, dev, seconds, bytes }: CardInput): string {
  const about = header.about ?? {};
  const clusters = 'texts' in plan.words ? plan.words.texts.map(shown).join(', ') : 'the tables of the shipped model';
  const lines = [
    '# claimgraph entity recognizer',
    '',
    'A two-pass averaged structured perceptron over BILOU tags with Viterbi decoding (see',
    '`src/extract/ner/` for the features and the decoder, `src/train/ner/` for training). It finds',
    'people (PER), organisations (ORG), places (LOC) and, so that it knows what is none of those,',
    'other names (MISC: nationalities, events, products); claimgraph keeps the first three.',
    'How its features were chosen, each step with its development scores: claimgraph\'s',
    '`models/ner-history.md`.',
    '',
    '## Data',
    '',
    `- Annotated: ${plan.gold.map((g) => `${shown(g.path)}${g.weight && g.weight !== 1 ? ` (each article counted ${g.weight} times)` : ''}`).join(', ')} (${String(about['documents'])} documents).`,
    `- Word clusters and case shares: ${clusters}; ${header.clusterWords.toLocaleString('en')} words in clusterings of ${header.clusterSizes.join(', ')} classes, ${header.caseWords.toLocaleString('en')} words with how often news writes them in lower case.`,
    plan.dev ? `- Scored (never learned from): ${shown(plan.dev)}.` : '- No development set was scored.',
    '',
    '## Licence terms of the data',
    '',
    'The CoNLL-2003 English data (CoNLL++ corrections) is Reuters news of 1996-97 from the Reuters',
    'Corpus, Volume 1 (RCV1), which Reuters and NIST make available for research use under their',
    'agreements; the texts may not be redistributed. This folder holds none of them: only learned',
    'weights (feature hashes and 8-bit numbers) and a table of word classes. The BBC texts (Greene',
    'and Cunningham 2006) and the PolNeAR texts used for the word classes are likewise not shipped.',
    'A newsroom that trains its own model adds its own articles under its own terms.',
    '',
    '## Scores',
    '',
  ];
  if (dev) {
    lines.push('Exact span and type on the development set, the model as written (8-bit weights):', '');
    lines.push('| type | precision | recall | F1 |', '|---|---|---|---|');
    for (const [t, s] of Object.entries(dev.byType)) lines.push(`| ${t} | ${pct(s.p)} | ${pct(s.r)} | ${pct(s.f)} |`);
    lines.push(`| PER+ORG+LOC | ${pct(dev.main.p)} | ${pct(dev.main.r)} | ${pct(dev.main.f)} |`, '');
  } else lines.push('No development set was scored.', '');
  lines.push(
    '## How it was made',
    '',
    '```sh',
    plan.command,
    '```',
    '',
    `Settings: ${JSON.stringify(about['settings'])}. ${header.rows.toLocaleString('en')} weight rows (${header.localRows.toLocaleString('en')} for the first pass), ${(bytes / 2 ** 20).toFixed(1)} MB compressed.`,
    `Training took ${seconds} s on the machine that made it. The same data and settings give the same`,
    '`ner.json` and `ner.bin`, byte for byte (this card differs only in that time).',
    '',
  );
  return lines.join('\n');
}
