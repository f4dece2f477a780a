import type { EntityType, StatementKind } from '../snapshot/schema.js';
import type { GoldKind } from './gold.js';
import type { Accuracy, Scores } from './metrics.js';

/** One miss or false alarm, for `claimgraph eval --errors`. */
export interface EvalError {
  layer: 'entity' | 'statement' | 'speaker';
  /**
   * `miss`: gold nothing matched; `false-alarm`: a prediction matching no gold; `wrong`: a matched
   * statement with the wrong speaker; `missing`: a matched statement whose speaker was not found or
   * not resolved to anyone.
   */
  what: 'miss' | 'false-alarm' | 'wrong' | 'missing';
  docId: string;
  start: number;
  end: number;
  /** The entity type or statement kind. */
  label: string;
  text: string;
  /** Why, where it helps (e.g. "a second prediction for an already matched gold statement"). */
  note?: string;
  /** For a speaker: the sentence the statement stands in, so a reader can judge who said it. */
  context?: string;
}

/** Entity mention scores: exact span and type. */
export interface EntityReport {
  /** Documents with entity gold that are also in the snapshot. */
  documents: number;
  byType: Record<EntityType, Scores>;
  /** Micro-average over the three types. */
  overall: Scores;
  /** Predictions on exactly a MISC gold span: not scored, neither right nor wrong. */
  ignoredMisc: number;
}

/** Per gold kind: how much of it was found, and with the right speaker. */
export interface GoldKindRow {
  gold: number;
  matched: number;
  recall: number;
  speaker: Accuracy;
}

/** Per predicted kind: how much of it was right. */
export interface PredictedKindRow {
  predicted: number;
  matched: number;
  precision: number;
}

export type GoldKindKey = GoldKind | 'unspecified';

/** Statement scores: content overlap of at least half the shorter span, one-to-one. */
export interface StatementReport {
  /** Documents with quote gold that are also in the snapshot. */
  documents: number;
  onlySpeechCues: boolean;
  overall: Scores;
  /** Gold quotes left out of scoring (`--only-speech-cues`: cues that are not verbs of speaking). */
  leftOut: number;
  /** Predictions that matched only gold left out of scoring: neither right nor wrong. */
  ignored: number;
  /** Unmatched predictions that are another piece of a split gold quote matched by another prediction: neither right nor wrong. */
  splitParts: number;
  byGoldKind: Record<GoldKindKey, GoldKindRow>;
  byPredictedKind: Record<StatementKind, PredictedKindRow>;
  /** Matched pairs: gold kind → predicted kind → count. */
  kindConfusion: Record<GoldKindKey, Record<StatementKind, number>>;
  /** Matched statements whose kinds agree: direct=direct, mixed=partial, indirect=indirect (gold without a kind not judged). */
  kindAgreement: Accuracy;
  /** Over matched statements whose gold has a speaker span (or speaker text). */
  speakerSpan: Accuracy;
  /** Of those, how many claimgraph gave no speaker at all (the rest of the wrong ones name someone else). */
  speakerNone: number;
  /** Over matched statements whose gold gives `speakerName` or `speakerEntity`. */
  speakerName: Accuracy;
}

/** The whole evaluation, as `claimgraph eval --json` prints it. */
export interface EvalReport {
  snapshot: string;
  gold: string;
  documents: {
    gold: number;
    snapshot: number;
    /** In both: the only ones scored. */
    scored: number;
    goldOnly: number;
    snapshotOnly: number;
    /** Scored documents whose gold `text` is not as long as the snapshot's document: offsets may not line up. */
    lengthMismatch: string[];
  };
  /** Null when the gold annotates no entities in a scored document. */
  entities: EntityReport | null;
  /** Null when the gold annotates no quotes in a scored document. */
  statements: StatementReport | null;
  errors?: EvalError[];
}
