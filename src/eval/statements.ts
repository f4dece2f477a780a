import type { Entity, Statement, StatementKind } from '../snapshot/schema.js';
import type { GoldQuote } from './gold.js';
import { maximumMatching, type Candidate } from './match.js';
import { accuracy, scores } from './metrics.js';
import { sentenceAround } from './context.js';
import { judgeSpeaker } from './speakers.js';
import { overlapRatio, spansMatch, type Range } from './spans.js';
import type { EvalError, GoldKindKey, StatementReport } from './types.js';

/** One scored document: its gold quotes and the snapshot's statements in it. */
export interface StatementDocument {
  docId: string;
  /** The document text, when the gold has it (for the text of misses in --errors). */
  text?: string;
  gold: readonly GoldQuote[];
  predicted: readonly Statement[];
}

export interface StatementOptions {
  /** Score only gold with `speechCue` true (absent counts as true); see scoreStatements. */
  onlySpeechCues?: boolean;
  /** The snapshot's entities by id, to resolve speakers for name matching. */
  entities?: ReadonlyMap<string, Entity>;
}

const GOLD_KINDS: GoldKindKey[] = ['direct', 'mixed', 'indirect', 'unspecified'];
const PRED_KINDS: StatementKind[] = ['direct', 'partial', 'indirect'];
/** Our kind for each gold kind: PolNeAR's "mixed" is claimgraph's "partial". */
const SAME_KIND = { direct: 'direct', mixed: 'partial', indirect: 'indirect' } as const;

/** The gold content as pieces: `contentSpans` when given, else [start, end). */
export function contentPieces(gold: GoldQuote): Range[] {
  return gold.contentSpans?.length ? gold.contentSpans : [{ start: gold.start, end: gold.end }];
}

const short = (s: string) => (s.length > 160 ? `${s.slice(0, 157)}…` : s);

/** Counters that fill a StatementReport. */
function emptyTally() {
  return {
    tp: 0,
    fp: 0,
    fn: 0,
    ignored: 0,
    leftOut: 0,
    splitParts: 0,
    gold: Object.fromEntries(GOLD_KINDS.map((k) => [k, { gold: 0, matched: 0, speakerOk: 0, speakerTotal: 0 }])) as Record<GoldKindKey, { gold: number; matched: number; speakerOk: number; speakerTotal: number }>,
    pred: Object.fromEntries(PRED_KINDS.map((k) => [k, { predicted: 0, matched: 0 }])) as Record<StatementKind, { predicted: number; matched: number }>,
    confusion: Object.fromEntries(GOLD_KINDS.map((g) => [g, Object.fromEntries(PRED_KINDS.map((p) => [p, 0]))])) as Record<GoldKindKey, Record<StatementKind, number>>,
    nameOk: 0,
    nameTotal: 0,
    speakerNone: 0,
  };
}
type Tally = ReturnType<typeof emptyTally>;

/**
 * Score statements against gold quotes. A prediction matches a gold quote when their contents
 * overlap by at least half of the shorter (spans.ts); pairs are one-to-one, as many as possible
 * (match.ts). With `onlySpeechCues`, gold quotes whose cue is not a verb of speaking are left out
 * of scoring: they are not misses, and a prediction left unmatched that matches one of them is
 * not a false alarm either (counted as `ignored`) — finding "polls show …" is not wrong, only
 * not asked for. Matching runs against the scored gold first, so leaving gold out never costs a
 * prediction its scored match. Speakers are judged on matched pairs only (speakers.ts).
 */
export function scoreStatements(docs: readonly StatementDocument[], options: StatementOptions = {}, errors?: EvalError[]): StatementReport {
  const t = emptyTally();
  for (const doc of docs) scoreDocument(doc, options, t, errors);
  const row = (k: GoldKindKey) => {
    const g = t.gold[k];
    return { gold: g.gold, matched: g.matched, recall: g.gold === 0 ? 1 : g.matched / g.gold, speaker: accuracy(g.speakerOk, g.speakerTotal) };
  };
  const predRow = (k: StatementKind) => {
    const p = t.pred[k];
    return { predicted: p.predicted, matched: p.matched, precision: p.predicted === 0 ? 1 : p.matched / p.predicted };
  };
  const speakerTotal = GOLD_KINDS.reduce((s, k) => s + t.gold[k].speakerTotal, 0);
  const speakerOk = GOLD_KINDS.reduce((s, k) => s + t.gold[k].speakerOk, 0);
  return {
    documents: docs.length,
    onlySpeechCues: Boolean(options.onlySpeechCues),
    overall: scores(t.tp, t.fp, t.fn),
    leftOut: t.leftOut,
    splitParts: t.splitParts,
    ignored: t.ignored,
    byGoldKind: Object.fromEntries(GOLD_KINDS.map((k) => [k, row(k)])) as StatementReport['byGoldKind'],
    byPredictedKind: Object.fromEntries(PRED_KINDS.map((k) => [k, predRow(k)])) as StatementReport['byPredictedKind'],
    kindConfusion: t.confusion,
    kindAgreement: accuracy(
      (['direct', 'mixed', 'indirect'] as const).reduce((sum, k) => sum + t.confusion[k][SAME_KIND[k]], 0),
      (['direct', 'mixed', 'indirect'] as const).reduce((sum, k) => sum + t.gold[k].matched, 0),
    ),
    speakerSpan: accuracy(speakerOk, speakerTotal),
    speakerNone: t.speakerNone,
    speakerName: accuracy(t.nameOk, t.nameTotal),
  };
}

/**
 * Whether unmatched prediction `pi` is another piece of a split gold quote that a different
 * prediction already matched: gold joins "A," she said, "B." into one quote of two pieces,
 * where an extractor may well give two statements. The second is then neither right (the pairs
 * stay one-to-one) nor a false alarm; it is counted as `splitParts`.
 */
function isOtherPiece(pi: number, predicted: readonly Range[], pieces: readonly Range[][], matchOf: readonly number[]): boolean {
  const p = predicted[pi]!;
  return matchOf.some((gi, other) => {
    if (gi < 0 || other === pi || pieces[gi]!.length < 2) return false;
    return pieces[gi]!.some((piece) => spansMatch(p, [piece]) && !spansMatch(predicted[other]!, [piece]));
  });
}

function scoreDocument(doc: StatementDocument, options: StatementOptions, t: Tally, errors?: EvalError[]): void {
  const scored = options.onlySpeechCues ? doc.gold.filter((g) => g.speechCue !== false) : [...doc.gold];
  const leftOut = options.onlySpeechCues ? doc.gold.filter((g) => g.speechCue === false) : [];
  t.leftOut += leftOut.length;
  const pieces = scored.map(contentPieces);
  const candidates: Candidate[] = [];
  doc.predicted.forEach((p, pi) =>
    pieces.forEach((gp, gi) => {
      if (spansMatch(p, gp)) candidates.push({ p: pi, g: gi, score: overlapRatio(p, gp) });
    }),
  );
  const matchOf = maximumMatching(doc.predicted.length, scored.length, candidates);
  const matchedGold = new Set(matchOf.filter((g) => g >= 0));
  const goldText = (g: GoldQuote) => g.content ?? doc.text?.slice(g.start, g.end) ?? '';

  doc.predicted.forEach((p, pi) => {
    const gi = matchOf[pi]!;
    if (gi < 0) {
      if (leftOut.some((g) => spansMatch(p, contentPieces(g)))) {
        t.ignored++;
        return;
      }
      if (isOtherPiece(pi, doc.predicted, pieces, matchOf)) {
        t.splitParts++;
        return;
      }
      t.fp++;
      t.pred[p.kind].predicted++;
      const twice = candidates.some((c) => c.p === pi && matchedGold.has(c.g));
      errors?.push({
        layer: 'statement', what: 'false-alarm', docId: doc.docId, start: p.start, end: p.end, label: p.kind, text: short(p.content),
        ...(twice ? { note: 'overlaps a gold statement already matched by another prediction' } : {}),
      });
      return;
    }
    const g = scored[gi]!;
    const kind: GoldKindKey = g.kind ?? 'unspecified';
    t.tp++;
    t.pred[p.kind].predicted++;
    t.pred[p.kind].matched++;
    t.gold[kind].matched++;
    t.confusion[kind][p.kind]++;
    const judged = judgeSpeaker(p, g, options.entities ?? new Map(), doc.text);
    if (judged.words !== null) {
      t.gold[kind].speakerTotal++;
      if (judged.words) t.gold[kind].speakerOk++;
      else if (!p.speaker) t.speakerNone++;
    }
    if (judged.name !== null) {
      t.nameTotal++;
      if (judged.name) t.nameOk++;
    }
    if (judged.note) {
      errors?.push({
        layer: 'speaker', what: judged.missing ? 'missing' : 'wrong', docId: doc.docId, start: p.start, end: p.end, label: p.kind, text: short(p.content),
        note: judged.note, ...(doc.text !== undefined ? { context: sentenceAround(doc.text, p) } : {}),
      });
    }
  });
  scored.forEach((g, gi) => {
    t.gold[g.kind ?? 'unspecified'].gold++;
    if (matchedGold.has(gi)) return;
    t.fn++;
    errors?.push({ layer: 'statement', what: 'miss', docId: doc.docId, start: g.start, end: g.end, label: g.kind ?? 'unspecified', text: short(goldText(g)) });
  });
}
