import { chooseSource, sourceCandidates, type SourceCandidate, type SourceModel, type SourceSetting } from '../coref/source/index.js';
import type { DocEntity } from '../types.js';
import type { Candidate, Words } from './candidate.js';
import { endOf } from './clause.js';
import type { Quote } from './quotes.js';
import type { Sentence } from './sentences.js';
import { tokenize } from './tokens.js';

/** What the source choice may use besides the text: a trained ranker, and a look at every choice. */
export interface SourceOptions {
  /** The trained source ranker (models/source/); without it the rules' words stand. */
  sourceModel?: SourceModel;
  /** Called with every choice the ranker makes or would make (for training). */
  onSourceChoice?: (setting: SourceSetting, candidates: SourceCandidate[]) => void;
}

// Rules whose speaker words the ranker reconsiders: those with a verb of saying in the sentence.
const RERANKED = new Set(['direct', 'subject-cue', 'content-first', 'content-around']);

/**
 * The words that name the source of candidate `c`: the rules' words, or, with a model, the words
 * of the cue's sentence the model ranks first among the candidates (candidates.ts).
 */
export function sourceWords(text: string, c: Candidate, sentence: Sentence | undefined, quotes: readonly Quote[], entities: readonly DocEntity[], options: SourceOptions): Words | null {
  const rule = c.speaker;
  if (!rule || !c.cue || !sentence || !RERANKED.has(c.rule) || (!options.sourceModel && !options.onSourceChoice)) return rule;
  const toks = tokenize(text, sentence.start, sentence.end);
  const index = (at: number) => toks.findIndex((t) => t.start === at);
  const first = index(rule.start);
  const last = toks.findIndex((t, k) => endOf(toks, k) === rule.end);
  const cueFirst = index(c.cue.start);
  const cueLast = toks.findIndex((t) => t.end === c.cue!.end);
  if (first < 0 || last < first || cueFirst < 0 || cueLast < cueFirst) return rule;
  const setting: SourceSetting = {
    toks,
    cue: { first: cueFirst, last: cueLast },
    content: { start: c.start, end: c.end },
    quotes: quotes.filter((q) => q.open < sentence.end && q.after > sentence.start).map((q) => ({ start: q.open, end: q.after })),
  };
  const mentions = entities.flatMap((e) => e.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => ({ start: m.start, end: m.end, type: e.type })));
  const candidates = sourceCandidates(setting, { first, last, kind: rule.kind }, mentions);
  options.onSourceChoice?.(setting, candidates);
  const chosen = options.sourceModel ? chooseSource(options.sourceModel, candidates, setting) : null;
  // "Dana Miller, the town's manager of parks, said": a description in apposition to a name is that name
  // (closed by a comma before the cue: "After a meeting with Obama, the White House announced" is no apposition)
  const apposition = chosen?.kind === 'description' && toks[chosen.first - 1]?.text === ',' && chosen.last < cueFirst && toks[cueFirst - 1]?.text === ',';
  const named = apposition ? candidates.find((n) => n.kind === 'name' && n.last === chosen.first - 2) : undefined;
  const best = named ?? chosen;
  return best ? { start: toks[best.first]!.start, end: endOf(toks, best.last), kind: best.kind } : rule;
}
