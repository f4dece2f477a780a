/**
 * The explorer's speed, in real headless Chromium (Debian's /usr/bin/chromium driven by
 * playwright-core), on what a journalist does first:
 * - usable: from asking the browser to open the URL until the first view is painted, its
 *   labels placed (`<html data-ready data-labels>`), and a query typed into the search box
 *   shows its first suggestion (goal ≤ 1.5 s);
 * - focus: from Enter on an entity's suggestion until its view is drawn (`data-view="ready"`,
 *   labels placed) (≤ 0.5 s);
 * - filter: from a click on a filter box until the view it asks for is drawn (≤ 0.5 s);
 * - statement search: from Enter on "Search the statements for …" until the table lists them
 *   (≤ 0.3 s).
 * Each figure is the median of `runs` fresh browser profiles, with the machine's load average
 * (1 minute) read when it was measured. The server's start (reading the snapshot and texts,
 * the layouts, the indexes) is reported apart: it happens once, before the URL is printed.
 *
 * As a stage of `npm run bench` (runVizBench), or alone:
 *   node dist/bench/viz.js SNAPSHOT [--docs INPUT...] [--runs N] [--entity NAME] [--word WORD] [--json]
 */
import { loadavg } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import type { StageContext } from './optional.js';

/** One measured step: each run's milliseconds, their median, the goal, and the load beside each. */
export interface Timing {
  ms: number[];
  medianMs: number;
  goalMs: number;
  goalMet: boolean;
  /** 1-minute load average when each run was measured. */
  load: number[];
}

export interface VizBenchResult {
  snapshot: string;
  nodesDrawn: number;
  labelsDrawn: number;
  /** Reading the snapshot (and texts), layouts, indexes and the first view; once per server start. */
  serverStartMs: number;
  usable: Timing;
  focus: Timing;
  filter: Timing;
  statementSearch: Timing;
  cores: number;
  /** The medians and the load again as plain numbers, for the one-line summary of `npm run bench`. */
  usableMs: number;
  focusMs: number;
  filterMs: number;
  statementSearchMs: number;
  /** Mean 1-minute load average over the measurements. */
  loadAverage: number;
  allGoalsMet: boolean;
}

export const GOALS = { usable: 1500, focus: 500, filter: 500, statementSearch: 300 };
const CHROMIUM = process.env.CLAIMGRAPH_CHROMIUM ?? '/usr/bin/chromium';

function timing(ms: number[], load: number[], goalMs: number): Timing {
  const medianMs = [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
  return { ms, medianMs, goalMs, goalMet: medianMs <= goalMs, load };
}

const load1 = () => Math.round(loadavg()[0]! * 100) / 100;

/** The view the page's state asks for is drawn and labelled. */
const viewReady = (page: Page) =>
  page.waitForFunction(() => {
    const d = document.documentElement.dataset;
    return d.view === 'ready' && d.layout === 'done' && d.labels === 'done';
  }, undefined, { timeout: 60_000 });

/** Measure one snapshot: start the server once, go through the steps in `runs` fresh profiles. */
export async function benchExplorer(snapshot: string, options: { docs?: string[]; runs?: number; entity?: string; word?: string } = {}): Promise<VizBenchResult> {
  const { serveExplorer } = await import('../viz/index.js');
  const { chromium } = await import('playwright-core');
  const started = performance.now();
  const server = await serveExplorer({ snapshot, docs: options.docs, port: 0 });
  const serverStartMs = Math.round(performance.now() - started);
  const runs = { usable: [] as number[], focus: [] as number[], filter: [] as number[], search: [] as number[] };
  const loads = { usable: [] as number[], focus: [] as number[], filter: [] as number[], search: [] as number[] };
  let nodesDrawn = 0;
  let labelsDrawn = 0;
  try {
    for (let run = 0; run < (options.runs ?? 3); run++) {
      const { context, close } = await launch(chromium);
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        let t0 = performance.now();
        await page.goto(server.url);
        await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined && document.documentElement.dataset.labels === 'done', undefined, { timeout: 60_000 });
        if ((await page.evaluate(() => document.documentElement.dataset.ready)) !== 'true') throw new Error(`the page did not start: ${await page.textContent('#status')}`);
        await page.fill('#search', 'lon');
        await page.waitForSelector('#search-results .result[data-type]', { timeout: 30_000 });
        runs.usable.push(Math.round(performance.now() - t0));
        loads.usable.push(load1());
        [nodesDrawn, labelsDrawn] = await page.evaluate(`(() => { const cy = window.claimgraph.cy; const n = cy.nodes('[type]'); return [n.length, n.not('.nolabel').length]; })()`) as [number, number];

        // Focus: the biggest entity drawn, or the one asked for.
        const entity = options.entity ?? ((await page.evaluate(`window.claimgraph.cy.nodes('[type]').sort((a, b) => b.data('size') - a.data('size'))[0].data('label')`)) as string);
        await page.fill('#search', entity);
        await page.waitForSelector('#search-results .result[data-type][aria-selected="true"]');
        t0 = performance.now();
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => new URL(location.href).searchParams.has('focus'));
        await viewReady(page);
        runs.focus.push(Math.round(performance.now() - t0));
        loads.focus.push(load1());
        await page.click('#focus-clear');
        await viewReady(page);

        // A filter: places off.
        t0 = performance.now();
        await page.click('input[name="type"][value="Place"]');
        await page.waitForFunction(() => new URL(location.href).searchParams.has('types'));
        await viewReady(page);
        runs.filter.push(Math.round(performance.now() - t0));
        loads.filter.push(load1());

        // A statement search.
        await page.fill('#search', options.word ?? 'economy');
        await page.waitForSelector('#search-results .result.statements');
        await page.keyboard.press('End');
        while (!(await page.$('#search-results .result.statements[aria-selected="true"]'))) await page.keyboard.press('ArrowUp');
        t0 = performance.now();
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.querySelector<HTMLElement>('#table')?.dataset.loaded === 'true', undefined, { timeout: 30_000 });
        runs.search.push(Math.round(performance.now() - t0));
        loads.search.push(load1());
      } finally {
        await close();
      }
    }
  } finally {
    await server.close();
  }
  const usable = timing(runs.usable, loads.usable, GOALS.usable);
  const focus = timing(runs.focus, loads.focus, GOALS.focus);
  const filter = timing(runs.filter, loads.filter, GOALS.filter);
  const statementSearch = timing(runs.search, loads.search, GOALS.statementSearch);
  const allLoads = [...loads.usable, ...loads.focus, ...loads.filter, ...loads.search];
  return {
    snapshot,
    nodesDrawn,
    labelsDrawn,
    serverStartMs,
    usable,
    focus,
    filter,
    statementSearch,
    cores: (await import('node:os')).cpus().length,
    usableMs: usable.medianMs,
    focusMs: focus.medianMs,
    filterMs: filter.medianMs,
    statementSearchMs: statementSearch.medianMs,
    loadAverage: Math.round((allLoads.reduce((a, b) => a + b, 0) / Math.max(1, allLoads.length)) * 100) / 100,
    allGoalsMet: [usable, focus, filter, statementSearch].every((t) => t.goalMet),
  };
}

type Chromium = (typeof import('playwright-core'))['chromium'];

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

function line(name: string, t: Timing): string {
  return `  ${name.padEnd(18)} ${t.ms.join(', ')} ms (median ${t.medianMs} ms; goal ≤ ${t.goalMs} ms: ${t.goalMet ? 'met' : 'NOT met'}); load ${t.load.join(', ')}`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { docs: { type: 'string', multiple: true }, runs: { type: 'string' }, entity: { type: 'string' }, word: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const snapshot = positionals[0];
  if (!snapshot) {
    process.stderr.write('usage: node dist/bench/viz.js SNAPSHOT [--docs INPUT...] [--runs N] [--entity NAME] [--word WORD] [--json]\n');
    process.exitCode = 2;
    return;
  }
  const r = await benchExplorer(snapshot, { docs: values.docs, runs: values.runs ? Number(values.runs) : 3, entity: values.entity, word: values.word });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    [
      `explorer on ${r.snapshot}: ${r.nodesDrawn} entities drawn in the first view, ${r.labelsDrawn} of them named; ${r.cores} cores`,
      `  server start (read, layouts, indexes, first view): ${r.serverStartMs} ms`,
      line('usable', r.usable),
      line('focus an entity', r.focus),
      line('filter change', r.filter),
      line('statement search', r.statementSearch),
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
