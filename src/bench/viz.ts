/**
 * The explorer's time to usable, in real headless Chromium (Debian's /usr/bin/chromium driven by
 * playwright-core). "Usable" means: the page has drawn the graph (Cytoscape painted every node
 * of the filtered network, the page set data-ready) AND the search box answers: a query typed
 * into it shows its first suggestion. The figure is the wall time from asking the browser to
 * open the URL to that first suggestion. The server's start (reading the snapshot, computing
 * the layout) is reported apart, as it happens once before the URL is printed.
 *
 * As a stage of `npm run bench` (runVizBench), or alone:
 *   node dist/bench/viz.js SNAPSHOT [--docs INPUT...] [--runs N] [--query TEXT] [--webgl] [--json]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { StageContext } from './optional.js';

export interface VizBenchResult {
  snapshot: string;
  nodesDrawn: number;
  edgesDrawn: number;
  /** Reading the snapshot (and texts), building the model and the layout; once per server start. */
  serverStartMs: number;
  /** Each run: open URL → graph drawn (data-ready). */
  drawnMs: number[];
  /** Each run: open URL → graph drawn and the first search suggestion shown. */
  usableMs: number[];
  /** Median of usableMs. */
  usableMedianMs: number;
  /** One run with every entity drawn (`?all=1`): nodes drawn, open → drawn, and one zoom step's frame. */
  all: { nodesDrawn: number; drawnMs: number; zoomFrameMs: number };
  goalMs: number;
  goalMet: boolean;
}

const GOAL_MS = 3000;
const CHROMIUM = process.env.CLAIMGRAPH_CHROMIUM ?? '/usr/bin/chromium';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Measure one snapshot: start the server once, open the page `runs` times in fresh profiles. */
export async function benchExplorer(snapshot: string, options: { docs?: string[]; runs?: number; query?: string; webgl?: boolean } = {}): Promise<VizBenchResult> {
  const { serveExplorer } = await import('../viz/index.js');
  const { chromium } = await import('playwright-core');
  const started = performance.now();
  const server = await serveExplorer({ snapshot, docs: options.docs, port: 0 });
  const serverStartMs = Math.round(performance.now() - started);
  const drawnMs: number[] = [];
  const usableMs: number[] = [];
  let nodesDrawn = 0;
  let edgesDrawn = 0;
  let all = { nodesDrawn: 0, drawnMs: 0, zoomFrameMs: 0 };
  try {
    for (let run = 0; run < (options.runs ?? 3); run++) {
      const { context, close } = await launch(chromium);
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        const t0 = performance.now();
        await page.goto(options.webgl ? `${server.url}?webgl=1` : server.url);
        await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 60_000 });
        const drawn = performance.now() - t0;
        if ((await page.evaluate(() => document.documentElement.dataset.ready)) !== 'true') throw new Error(`the page did not start: ${await page.textContent('#status')}`);
        await page.fill('#search', options.query ?? 'lon');
        await page.waitForSelector('#search-results .result', { timeout: 30_000 });
        usableMs.push(Math.round(performance.now() - t0));
        if (process.env.CLAIMGRAPH_BENCH_MARKS) {
          const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`).concat(`ready ${Math.round((window as unknown as { claimgraph: { readyAt: number } }).claimgraph.readyAt)}`));
          process.stderr.write(`bench viz: ${marks.join(' · ')}\n`);
        }
        drawnMs.push(Math.round(drawn));
        [nodesDrawn, edgesDrawn] = await page.evaluate(() => {
          const cy = (window as unknown as { claimgraph: { cy: { nodes(): { length: number }; edges(): { length: number } } } }).claimgraph.cy;
          return [cy.nodes().length, cy.edges().length];
        });
      } finally {
        await close();
      }
    }
    all = await measureAll(chromium, `${server.url}?all=1${options.webgl ? '&webgl=1' : ''}`);
  } finally {
    await server.close();
  }
  const usableMedianMs = median(usableMs);
  return { snapshot, nodesDrawn, edgesDrawn, serverStartMs, drawnMs, usableMs, usableMedianMs, all, goalMs: GOAL_MS, goalMet: usableMedianMs <= GOAL_MS };
}

type Chromium = (typeof import('playwright-core'))['chromium'];

/** Everything drawn: how long until drawn, and how long one zoom step takes to paint. */
async function measureAll(chromium: Chromium, url: string): Promise<VizBenchResult['all']> {
  const { context, close } = await launch(chromium);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const t0 = performance.now();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 120_000 });
    const drawnMs = Math.round(performance.now() - t0);
    // A string, not a function: the bench may run from TypeScript sources, whose helpers the page lacks.
    const probe = (await page.evaluate(`(async () => {
      const cy = window.claimgraph.cy;
      const t = performance.now();
      cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { nodes: cy.nodes().length, frame: performance.now() - t };
    })()`)) as { nodes: number; frame: number };
    return { nodesDrawn: probe.nodes, drawnMs, zoomFrameMs: Math.round(probe.frame) };
  } finally {
    await close();
  }
}

/** Debian's Chromium, headless, in a fresh profile at 1280×800; `close` removes the profile too. */
async function launch(chromium: Chromium) {
  const profile = await mkdtemp(join(tmpdir(), 'claimgraph-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    viewport: { width: 1280, height: 800 },
  });
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/** The `npm run bench` stage: the snapshot the bench extracted, texts from its corpus. */
export async function runVizBench(context: StageContext): Promise<VizBenchResult> {
  return benchExplorer(context.snapshot, { docs: [context.corpus] });
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { docs: { type: 'string', multiple: true }, runs: { type: 'string' }, query: { type: 'string' }, webgl: { type: 'boolean' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const snapshot = positionals[0];
  if (!snapshot) {
    process.stderr.write('usage: node dist/bench/viz.js SNAPSHOT [--docs INPUT...] [--runs N] [--query TEXT] [--json]\n');
    process.exitCode = 2;
    return;
  }
  const r = await benchExplorer(snapshot, { docs: values.docs, runs: values.runs ? Number(values.runs) : 3, query: values.query, webgl: values.webgl });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    [
      `explorer on ${r.snapshot}: ${r.nodesDrawn} nodes, ${r.edgesDrawn} edges drawn`,
      `  server start (read + layout): ${r.serverStartMs} ms`,
      `  graph drawn:                  ${r.drawnMs.join(', ')} ms`,
      `  usable (drawn + search):      ${r.usableMs.join(', ')} ms (median ${r.usableMedianMs} ms; goal ≤ ${r.goalMs} ms: ${r.goalMet ? 'met' : 'NOT met'})`,
      `  everything drawn (?all=1):    ${r.all.nodesDrawn} nodes in ${r.all.drawnMs} ms; one zoom step painted in ${r.all.zoomFrameMs} ms`,
      '',
    ].join('\n'),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    process.stderr.write(`bench viz: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
