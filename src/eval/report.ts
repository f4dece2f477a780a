import type { Accuracy, Scores } from './metrics.js';
import type { EntityReport, EvalError, EvalReport, StatementReport } from './types.js';

const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);
const acc = (a: Accuracy) => (a.accuracy === null ? '— (none to judge)' : `${pct(a.accuracy)} (${a.correct}/${a.total})`);

/** Lay out rows as columns: the first left-aligned, the rest right-aligned. */
export function table(rows: readonly (readonly string[])[], indent = '  '): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => indent + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd())
    .join('\n');
}

const scoreRow = (name: string, s: Scores) => [name, String(s.tp + s.fn), String(s.tp + s.fp), String(s.tp), pct(s.precision), pct(s.recall), pct(s.f1)];
const SCORE_HEAD = ['', 'gold', 'predicted', 'correct', 'precision', 'recall', 'F1'];

function entitySection(e: EntityReport): string {
  const rows = [SCORE_HEAD, ...Object.entries(e.byType).map(([t, s]) => scoreRow(t, s)), scoreRow('all three', e.overall)];
  return [
    `Entity mentions — exact span and type, ${e.documents} document(s); Person=PERSON, Organization=ORGANIZATION, Place=LOCATION; MISC not scored (${e.ignoredMisc} prediction(s) on MISC spans ignored)`,
    table(rows),
  ].join('\n');
}

function statementSection(s: StatementReport): string {
  const scope = s.onlySpeechCues ? `; --only-speech-cues: ${s.leftOut} gold quote(s) left out, ${s.ignored} prediction(s) matching only those ignored` : '';
  const kinds = [
    ['gold kind', 'gold', 'found', 'recall', 'speaker right'],
    ...Object.entries(s.byGoldKind)
      .filter(([k, r]) => k !== 'unspecified' || r.gold > 0)
      .map(([k, r]) => [k, String(r.gold), String(r.matched), pct(r.recall), acc(r.speaker)]),
  ];
  const ours = [
    ['our kind', 'predicted', 'right', 'precision'],
    ...Object.entries(s.byPredictedKind).map(([k, r]) => [k, String(r.predicted), String(r.matched), pct(r.precision)]),
  ];
  const confusion = [
    ['gold \\ ours', 'direct', 'partial', 'indirect'],
    ...Object.entries(s.kindConfusion)
      .filter(([k]) => k !== 'unspecified' || s.byGoldKind.unspecified.gold > 0)
      .map(([k, r]) => [k, String(r.direct), String(r.partial), String(r.indirect)]),
  ];
  return [
    `Statements — content overlap of at least half the shorter span, one-to-one; ${s.documents} document(s)${scope}`,
    table([SCORE_HEAD, scoreRow('all', s.overall)]),
    ...(s.splitParts > 0 ? [`  (${s.splitParts} further prediction(s) covered another piece of a split gold quote already matched: not scored)`] : []),
    '',
    table(kinds),
    '',
    table(ours),
    '',
    '  Kinds of the matched statements:',
    table(confusion, '    '),
    '',
    `  Kind agreement (direct=direct, mixed=partial, indirect=indirect): ${acc(s.kindAgreement)}`,
    `  Speaker of the matched statements: words ${acc(s.speakerSpan)}, ${s.speakerNone} with no speaker found; resolved name ${acc(s.speakerName)}`,
  ].join('\n');
}

/** The report as readable text for a terminal. */
export function formatReport(r: EvalReport): string {
  const d = r.documents;
  const parts = [
    `claimgraph eval: ${r.snapshot} against ${r.gold}`,
    `Documents: ${d.scored} scored (in both); ${d.goldOnly} only in the gold, ${d.snapshotOnly} only in the snapshot (not scored)`,
    '',
    r.entities ? entitySection(r.entities) : 'Entity mentions: the gold annotates none in the scored documents',
    '',
    r.statements ? statementSection(r.statements) : 'Statements: the gold annotates no quotes in the scored documents',
  ];
  return `${parts.join('\n')}\n`;
}

/**
 * One line per miss, false alarm or wrong speaker: `docId:start-end  what  layer/label  "text"  (note)`;
 * a speaker's line is followed by the sentence it stands in, indented.
 */
export function formatErrors(errors: readonly EvalError[]): string {
  return errors
    .map((e) => {
      const line = `${e.docId}:${e.start}-${e.end}\t${e.what}\t${e.layer}/${e.label}\t${JSON.stringify(e.text)}${e.note ? `\t(${e.note})` : ''}\n`;
      return e.context ? `${line}\t  in: ${e.context}\n` : line;
    })
    .join('');
}
