import type { CorpusStats } from './corpus-stats.js';
import type { Machine } from './machine.js';
import type { RssMethod } from './measure.js';
import type { StageResult } from './optional.js';

/** One measured run over a corpus. */
export interface RunResult {
  name: string;
  command: string;
  ok: boolean;
  /** Last stderr line when the run failed. */
  error?: string;
  wallMs: number;
  documentsPerSecond: number;
  wordsPerSecond: number;
  peakRssBytes: number | null;
}

/** Goals of issues #7 and #19, reported, never asserted: 3x the plain pass's words/s, peak RSS under 1 GiB. */
export const GOALS = { speedRatio: 3, peakRssBytes: 2 ** 30 } as const;

export interface CorpusResult {
  corpus: string;
  stats: CorpusStats;
  runs: RunResult[];
  /** claimgraph extract (default workers) words/s ÷ plain compromise words/s. */
  ratio: number | null;
  /** The same with `--workers 1`, where that option exists. */
  ratioOneWorker: number | null;
  speedGoalMet: boolean | null;
  memoryGoalMet: boolean | null;
  ingest: StageResult;
  viz: StageResult;
}

export interface BenchReport {
  startedAt: string;
  machine: Machine;
  rssMethod: RssMethod;
  corpora: CorpusResult[];
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mib = (b: number | null) => (b === null ? '—' : `${int(b / 2 ** 20)} MiB`);
const ratio = (r: number | null) => (r === null ? '—' : `${r.toFixed(2)}x`);
const met = (m: boolean | null) => (m === null ? 'unknown' : m ? 'met' : 'NOT met');

function stageLine(label: string, s: StageResult): string {
  if (s.status !== 'ok') return `  ${label}: ${s.status}${s.message ? ` (${s.message})` : ''}`;
  const r = s.result;
  if (r === null || typeof r !== 'object') return `  ${label}: ${String(r)}`;
  const fields = Object.entries(r as Record<string, unknown>)
    .filter(([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
    .map(([k, v]) => `${k} ${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : String(v)}`);
  return `  ${label}: ${fields.join(', ')}`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => `  ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')}`).join('\n');
}

/** The bench report as a readable table. */
export function formatBench(report: BenchReport): string {
  const m = report.machine;
  const out = [
    `claimgraph bench, ${report.startedAt}`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, Node ${m.node}, ${m.os}; load average ${m.loadAverage} at start${m.loadAverage > m.cores ? ' (busy: numbers are pessimistic)' : ''}`,
    `Times are whole child processes (start-up, reading, writing included); peak RSS by ${report.rssMethod}. Words = whitespace-separated tokens.`,
  ];
  for (const c of report.corpora) {
    out.push('', `${c.corpus}: ${int(c.stats.documents)} documents, ${int(c.stats.words)} words, ${int(c.stats.characters)} characters`);
    const rows = [['run', 'time', 'docs/s', 'words/s', 'peak RSS']];
    for (const r of c.runs) {
      rows.push(r.ok ? [r.name, `${(r.wallMs / 1000).toFixed(1)} s`, r.documentsPerSecond.toFixed(1), int(r.wordsPerSecond), mib(r.peakRssBytes)] : [r.name, 'failed', '', '', r.error ?? '']);
    }
    out.push(table(rows));
    out.push(
      `  claimgraph ÷ plain compromise, words/s: ${ratio(c.ratio)}${c.ratioOneWorker !== null ? ` (with --workers 1: ${ratio(c.ratioOneWorker)})` : ''}; goal ≥ ${GOALS.speedRatio}x: ${met(c.speedGoalMet)}`,
      `  claimgraph peak RSS under 1 GiB: ${met(c.memoryGoalMet)}`,
      stageLine('Neo4j ingest', c.ingest),
      stageLine('Explorer time to usable', c.viz),
    );
  }
  return `${out.join('\n')}\n`;
}
