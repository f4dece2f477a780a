import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium: the real browser the explorer is tested in (npx playwright install cannot run here). */
export const CHROMIUM = process.env.CLAIMGRAPH_CHROMIUM ?? '/usr/bin/chromium';
export const OUTPUT = join(import.meta.dirname, '..', 'output');

/** Bundle the page (esbuild, a second) so the tests always see the current sources. */
export function buildPage(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'build-page.mjs')], { stdio: 'inherit' });
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and CSP violations seen on the page. */
  problems: string[];
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, a 1280×800 window and downloads allowed. */
export async function openBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'claimgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Open the explorer and wait until it says it is ready. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 30_000 });
  const state = await page.evaluate(() => document.documentElement.dataset.ready);
  if (state !== 'true') throw new Error(`the explorer did not start: ${await page.textContent('#status')}`);
}

/** Labels of the entities drawn now (community frames aside). */
export function drawnLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { claimgraph: { cy: import('cytoscape').Core } }).claimgraph.cy;
    return cy.nodes('[type]').map((n) => String(n.data('label')));
  });
}

/** Types of the entities drawn now. */
export function drawnTypes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { claimgraph: { cy: import('cytoscape').Core } }).claimgraph.cy;
    return [...new Set(cy.nodes('[type]').map((n) => String(n.data('type'))))].sort();
  });
}

/** Positions of the entities drawn now, by id, rounded. */
export function drawnPositions(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate(() => {
    const cy = (window as unknown as { claimgraph: { cy: import('cytoscape').Core } }).claimgraph.cy;
    return Object.fromEntries(cy.nodes('[type]').map((n) => [n.id(), [Math.round(n.position('x')), Math.round(n.position('y'))]]));
  });
}

/**
 * Wait until the page has fetched and drawn the view its state asks for (`<html
 * data-view="ready">`, set "loading" in the same task as the input that changes the state) and
 * the layout has stopped and the labels are placed.
 */
export async function waitForView(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const d = document.documentElement.dataset;
    return d.view === 'ready' && d.layout === 'done' && d.labels === 'done';
  });
}

/**
 * The labels drawn on screen now: for each entity whose style draws a label, its label's box
 * on screen (whatever class hid or showed it: what counts is what the style draws).
 */
export function drawnLabelBoxes(page: Page): Promise<{ id: string; size: number; box: { x1: number; y1: number; x2: number; y2: number } }[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { claimgraph: { cy: import('cytoscape').Core } }).claimgraph.cy;
    return cy.nodes('[type]').filter((n) => String(n.style('label') ?? '') !== '').map((n) => {
      const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
      return { id: n.id(), size: Number(n.data('size')), box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 } };
    });
  });
}

/**
 * Wait until the graph's last layout has stopped and fitted the view (the page marks
 * `<html data-layout="done">`): from then on nothing on the canvas moves by itself. The mark
 * turns to "running" in the same task as the input that starts a layout.
 */
export async function waitForLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.layout === 'done');
}

/** Type in the search box as a person would, pick the first suggestion with Enter, wait for the focus and its layout. */
export async function focusBySearch(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(query, { delay: 20 });
  await page.waitForSelector('#search-results .result[aria-selected="true"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#focus-bar:not([hidden])');
  await page.waitForFunction(() => !document.querySelector('#panel')?.hasAttribute('hidden') && document.querySelector('#statement-count') !== null);
  await waitForView(page);
}

/** The id of the drawn edge from the node labelled `from` to the node labelled `to`; throws when none is drawn. */
export async function edgeId(page: Page, from: string, to: string, rel = 'about'): Promise<string> {
  const id = await page.evaluate(
    ({ from, to, rel }) => {
      const cy = (window as unknown as { claimgraph: { cy: import('cytoscape').Core } }).claimgraph.cy;
      const edge = cy.edges().filter((e) => e.data('rel') === rel && e.source().data('label') === from && e.target().data('label') === to)[0];
      return edge ? edge.id() : null;
    },
    { from, to, rel },
  );
  if (id === null) throw new Error(`no ${rel} edge ${from} → ${to} is drawn`);
  return id;
}

/**
 * Select an edge the way a tap on it does: Cytoscape's own `tap` event on the edge, which runs
 * the page's handler. Independent of where the edge is drawn, for tests of what selecting shows.
 */
export async function tapEdge(page: Page, from: string, to: string, rel = 'about'): Promise<void> {
  const id = await edgeId(page, from, to, rel);
  await page.evaluate((id) => {
    const cy = (window as unknown as { claimgraph: { cy: import('cytoscape').Core } }).claimgraph.cy;
    cy.getElementById(id).emit('tap');
  }, id);
}

/**
 * Click once, with the mouse, on the drawn edge from the node labelled `from` to the node
 * labelled `to`, once the layout has stopped. The point is the one nearest the edge's middle
 * that no other node or edge is drawn over (the force layout is random: another edge may cross
 * the middle), and it must be on the graph itself, not under the panel or outside the window.
 */
export async function clickEdge(page: Page, from: string, to: string, rel = 'about'): Promise<void> {
  await waitForLayout(page);
  const id = await edgeId(page, from, to, rel);
  const at = await page.evaluate((id) => {
    type Point = { x: number; y: number };
    const cy = (window as unknown as { claimgraph: { cy: import('cytoscape').Core } }).claimgraph.cy;
    const edge = cy.getElementById(id);
    // An edge as a polyline through its ends and middle (exact for straight edges, close for bezier ones).
    const path = (e: import('cytoscape').EdgeSingular): Point[] => [e.renderedSourceEndpoint(), e.renderedMidpoint(), e.renderedTargetEndpoint()];
    const along = ([a, m, b]: Point[], t: number): Point => {
      const [p, q, u] = t <= 0.5 ? [a!, m!, t * 2] : [m!, b!, t * 2 - 1];
      return { x: p.x + (q.x - p.x) * u, y: p.y + (q.y - p.y) * u };
    };
    const toSegment = (p: Point, a: Point, b: Point): number => {
      const dx = b.x - a.x, dy = b.y - a.y;
      const u = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(p.x - a.x - u * dx, p.y - a.y - u * dy);
    };
    const margin = 12; // beyond the selected node's overlay and Cytoscape's own tolerance around edges
    // The elements drawn over a point, by id.
    const over = (p: Point): string[] => [
      ...cy.nodes().filter((n) => {
        const bb = n.renderedBoundingBox({ includeLabels: false });
        return p.x >= bb.x1 - margin && p.x <= bb.x2 + margin && p.y >= bb.y1 - margin && p.y <= bb.y2 + margin;
      }).map((n) => n.id()),
      ...cy.edges().toArray().filter((e) => {
        if (e.id() === id) return false;
        const [a, m, b] = path(e);
        return Math.min(toSegment(p, a!, m!), toSegment(p, m!, b!)) <= margin + parseFloat(e.renderedStyle('width'));
      }).map((e) => e.id()),
    ];
    const mine = path(edge);
    const t = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7].find((t) => over(along(mine, t)).length === 0);
    if (t === undefined) return { error: `every point near its middle has another element drawn over it: ${JSON.stringify({ mine, over: over(along(mine, 0.5)) })}` };
    const p = along(mine, t);
    const box = cy.container()!.getBoundingClientRect();
    const x = box.left + p.x, y = box.top + p.y;
    if (!cy.container()!.contains(document.elementFromPoint(x, y))) {
      return { error: `its point (${Math.round(x)}, ${Math.round(y)}) is not on the graph but under ${document.elementFromPoint(x, y)?.id || document.elementFromPoint(x, y)?.tagName}` };
    }
    return { x, y };
  }, id);
  if ('error' in at) throw new Error(`cannot click the edge ${from} → ${to}: ${at.error}`);
  await page.mouse.click(at.x, at.y);
}

/** A server on a snapshot written into a temporary directory, and a browser: what the e2e files share. */
export interface Session {
  server: import('../../src/viz/index.js').RunningExplorer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Build the page, let `prepare` write a snapshot (and documents) into a fresh temporary
 * directory, serve it, and open a browser. `close` stops both and removes the directory.
 */
export async function startSession(prepare: (dir: string) => Promise<{ snapshot: string; docs: string[] }>): Promise<Session> {
  const { serveExplorer } = await import('../../src/viz/index.js');
  buildPage();
  await mkdir(OUTPUT, { recursive: true });
  const dir = await mkdtemp(join(tmpdir(), 'claimgraph-viz-e2e-'));
  const { snapshot, docs } = await prepare(dir);
  const server = await serveExplorer({ snapshot, docs, port: 0 });
  const browser = await openBrowser();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
