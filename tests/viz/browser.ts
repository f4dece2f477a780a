import { mkdtemp, rm } from 'node:fs/promises';
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

/** Labels of the nodes drawn now. */
export function drawnLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { claimgraph: { cy: import('cytoscape').Core } }).claimgraph.cy;
    return cy.nodes().map((n) => String(n.data('label')));
  });
}

/** Types of the nodes drawn now. */
export function drawnTypes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { claimgraph: { cy: import('cytoscape').Core } }).claimgraph.cy;
    return [...new Set(cy.nodes().map((n) => String(n.data('type'))))].sort();
  });
}

/** Type in the search box as a person would, pick the first suggestion with Enter, wait for the focus. */
export async function focusBySearch(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(query, { delay: 20 });
  await page.waitForSelector('#search-results .result[aria-selected="true"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#focus-bar:not([hidden])');
  await page.waitForFunction(() => !document.querySelector('#panel')?.hasAttribute('hidden') && document.querySelector('#statement-count') !== null);
  await page.waitForTimeout(600); // the force layout animates for 400 ms
}

/**
 * Click, with the mouse, on the middle of the drawn edge from the node labelled `from` to the
 * node labelled `to` (labels matched as given). Returns false when no such edge is drawn.
 */
export async function clickEdge(page: Page, from: string, to: string, rel = 'about'): Promise<boolean> {
  const at = await page.evaluate(
    ({ from, to, rel }) => {
      const cy = (window as unknown as { claimgraph: { cy: import('cytoscape').Core } }).claimgraph.cy;
      const edge = cy.edges().filter((e) => e.data('rel') === rel && e.source().data('label') === from && e.target().data('label') === to)[0];
      if (!edge) return null;
      const box = cy.container()!.getBoundingClientRect();
      const p = edge.renderedMidpoint();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    { from, to, rel },
  );
  if (!at) return false;
  await page.mouse.click(at.x, at.y);
  return true;
}
