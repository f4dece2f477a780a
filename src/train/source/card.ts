import type { SourceData } from './instances.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

interface CardFacts {
  weights: number;
  train: SourceData;
  dev: SourceData;
  scores: Record<'train' | 'dev', { model: number; rule: number; choices: number }>;
  settings: { epochs: number; seed: number };
}

/** The model card written beside the source ranker. */
export function sourceCard(f: CardFacts): string {
  return `# Source ranker (\`source-ranker.json\`)

Which words of a sentence name the source of the statement in it: for each statement with a
verb of saying, claimgraph lists the candidates of the cue's sentence (the rules' choice, every
person or organisation named, every subject pronoun, every noun phrase headed by a noun of
speakers; never inside the content or a quotation) and this model ranks them. The features are
in \`src/extract/coref/source/features.ts\` (position and distance to the cue, commas, clauses and
prepositions between, name/pronoun/description, entity type, possessive, all capitals, whether
the rules chose it). An averaged ranking perceptron, ${f.weights} weights.

## Data
PolNeAR (Newell, Margolin & Ruths, *An attribution relations corpus for political news*, LREC
2018): US political news of 2016 with every attribution's source, cue and content annotated. The
training split (\`shared/data/dev/polnear_train.jsonl\`, ${f.train.documents} articles) teaches; the
dev split (${f.dev.documents} articles) checks. A choice teaches when claimgraph's statement matches
an annotated attribution (contents overlapping by half the shorter, as \`claimgraph eval\` matches)
and the annotated source is among the candidates (overlapping by half the shorter): train
${f.train.choices} choices, ${f.train.instances.length} of them with more than one candidate; dev ${f.dev.choices}.

**Terms.** The PolNeAR repository (networkdynamics/PolNeAR) publishes the annotations for research
and gives no licence for them; the article texts belong to their publishers. Nothing of the data
is in this repository: the model holds only weights of the generic features above, no text. Ask
the authors before using the model beyond research and evaluation.

## Scores
The annotated source is the model's first choice (the rules' choice in brackets):

| | model | rules |
|---|---|---|
| PolNeAR train | ${pct(f.scores.train.model)} | ${pct(f.scores.train.rule)} |
| PolNeAR dev | ${pct(f.scores.dev.model)} | ${pct(f.scores.dev.rule)} |

End to end, with and without the model, see the README of the repository (\`claimgraph eval\` on
PolNeAR dev and the Gender Gap Tracker's Canadian news).

## How it was made
\`npm run train -- --only source\` (reads \`../shared/data\`; ${f.settings.epochs} epochs, seed
${f.settings.seed}; the same data and seed give the same bytes).
`;
}
