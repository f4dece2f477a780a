/**
 * `npm run bench [CORPUS...] [--json]`: throughput and memory of `claimgraph extract` beside a
 * plain compromise pass on the same documents, then the Neo4j ingest and explorer benches where
 * they are built. Defaults to the BBC corpus and corpus/. Progress on stderr, the report on stdout.
 * Goals (issues #7, #19) are reported, not asserted: ≥ 3x the plain pass's words/s, peak RSS < 1 GiB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusStats, type CorpusStats } from './corpus-stats.js';
import { describeMachine } from './machine.js';
import { measure, rssMethod, type RssMethod } from './measure.js';
import { runStage } from './optional.js';
import { formatBench, GOALS, type BenchReport, type CorpusResult, type RunResult } from './report.js';

const DEFAULT_CORPORA = ['../shared/data/bench/bbc_news.jsonl', 'corpus'];
const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const BASELINE = fileURLToPath(new URL('./baseline.js', import.meta.url));

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** Whether this build of `claimgraph extract` takes `--workers`. */
function hasWorkersOption(): boolean {
  const help = spawnSync(process.execPath, [CLI, 'extract', '--help'], { encoding: 'utf8' });
  return /--workers\b/.test(help.stdout ?? '');
}

async function timedRun(name: string, args: string[], stats: CorpusStats, method: RssMethod): Promise<RunResult> {
  log(`${name} …`);
  const m = await measure(process.execPath, args, method);
  const ok = m.code === 0 || m.code === 3;
  const seconds = m.wallMs / 1000;
  const result: RunResult = {
    name,
    command: `node ${args.join(' ')}`,
    ok,
    wallMs: Math.round(m.wallMs),
    documentsPerSecond: stats.documents / seconds,
    wordsPerSecond: stats.words / seconds,
    peakRssBytes: m.peakRssBytes,
  };
  if (!ok) result.error = m.stderr.trim().split('\n').at(-1) ?? `exit ${m.code}`;
  log(ok ? `${name}: ${seconds.toFixed(1)} s` : `${name} failed: ${result.error}`);
  return result;
}

async function benchCorpus(corpus: string, method: RssMethod, workers: boolean, cores: number): Promise<CorpusResult> {
  log(`${corpus}: counting documents and words …`);
  const stats = await corpusStats(corpus);
  const dir = await mkdtemp(join(tmpdir(), 'claimgraph-bench-'));
  try {
    const snapshot = join(dir, 'snapshot.json');
    const plain = await timedRun('plain compromise (1 process)', [BASELINE, corpus], stats, method);
    const full = await timedRun(`claimgraph extract${workers ? ` (default: ${cores} workers)` : ''}`, [CLI, 'extract', corpus, '--out', snapshot, '--quiet'], stats, method);
    const runs = [full];
    let one: RunResult | undefined;
    if (workers) {
      one = await timedRun('claimgraph extract --workers 1', [CLI, 'extract', corpus, '--out', join(dir, 'one.json'), '--quiet', '--workers', '1'], stats, method);
      runs.push(one);
    }
    runs.push(plain);
    const ratioOf = (r: RunResult | undefined) => (r?.ok && plain.ok ? r.wordsPerSecond / plain.wordsPerSecond : null);
    const ratio = ratioOf(full);
    const context = { corpus, snapshot, documents: stats.documents, words: stats.words };
    const ingest = full.ok ? await runStage('ingest', context) : { status: 'failed' as const, message: 'extract failed' };
    const viz = full.ok ? await runStage('viz', context) : { status: 'failed' as const, message: 'extract failed' };
    return {
      corpus,
      stats,
      runs,
      ratio,
      ratioOneWorker: ratioOf(one),
      speedGoalMet: ratio === null ? null : ratio >= GOALS.speedRatio,
      memoryGoalMet: full.ok && full.peakRssBytes !== null ? full.peakRssBytes < GOALS.peakRssBytes : null,
      ingest,
      viz,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { json: { type: 'boolean' } }, allowPositionals: true });
  const corpora = positionals.length > 0 ? positionals : DEFAULT_CORPORA;
  const method = rssMethod();
  const workers = hasWorkersOption();
  const report: BenchReport = { startedAt: new Date().toISOString(), machine: describeMachine(), rssMethod: method, corpora: [] };
  for (const corpus of corpora) {
    if (!existsSync(corpus)) {
      log(`${corpus}: not found, skipped`);
      continue;
    }
    report.corpora.push(await benchCorpus(corpus, method, workers, report.machine.cores));
  }
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatBench(report));
  return report.corpora.length > 0 && report.corpora.every((c) => c.runs.every((r) => r.ok)) ? 0 : 1;
}

process.exitCode = await main();
