import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveExplorer, type RunningExplorer } from '../../src/viz/index.js';
import { buildPage, clickEdge, drawnLabels, drawnTypes, edgeId, focusBySearch, openBrowser, openExplorer, OUTPUT, tapEdge, waitForLayout, type Browser } from './browser.js';

/**
 * The explorer in real Chromium on a hand-made snapshot of corpus/001 (exact offsets) plus a
 * hostile document: what a journalist does, step by step, with screenshots in tests/output/.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures');
const DOCS = [join(import.meta.dirname, '..', '..', 'corpus', '001_8c86ff3701bfb714.txt'), join(FIXTURES, 'docs')];

let server: RunningExplorer;
let browser: Browser;

beforeAll(async () => {
  buildPage();
  await mkdir(OUTPUT, { recursive: true });
  server = await serveExplorer({ snapshot: join(FIXTURES, 'snapshot.json'), docs: DOCS, port: 0 });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('explorer on the fixture snapshot', () => {
  it('draws the whole network with a legend, without console errors or CSP violations', async () => {
    const { page } = browser;
    await openExplorer(page, server.url);
    await page.screenshot({ path: join(OUTPUT, 'fixture-1-overview.png') });
    const labels = await drawnLabels(page);
    expect(labels).toContain('Ali Akbar Velayati');
    expect(labels).toHaveLength(14);
    expect(await page.textContent('#filters')).toContain('said about');
    expect(browser.problems).toEqual([]);
  });

  it('searching "Velayati" focuses on him and shows the targets of his statements', async () => {
    const { page } = browser;
    await focusBySearch(page, 'Velayati');
    await page.screenshot({ path: join(OUTPUT, 'fixture-2-focus-velayati.png') });
    expect(await page.textContent('#focus-name')).toBe('Ali Akbar Velayati');
    const labels = await drawnLabels(page);
    expect(labels).toEqual(expect.arrayContaining(['Ali Akbar Velayati', 'Hamas', 'Israel', 'Hezbollah', 'Lebanon', 'Ismail Haniyeh']));
    expect(labels).not.toContain('Mallory Example');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('person:ali-akbar-velayati');
    expect(await page.textContent('#statement-count')).toBe('5 statements');
  });

  it('a mouse click on the Velayati → Hezbollah edge, beside the open panel, selects it', async () => {
    const { page } = browser;
    // The circle puts every node at the same place on every run (the automatic force layout is
    // random, and now and then draws two of Velayati's edges on top of each other).
    await page.selectOption('#layout', 'circle');
    await clickEdge(page, 'Ali Akbar Velayati', 'Hezbollah');
    await page.waitForFunction(() => document.querySelector('#panel-title')?.textContent === 'Ali Akbar Velayati → Hezbollah');
    const id = await edgeId(page, 'Ali Akbar Velayati', 'Hezbollah');
    expect(new URL(page.url()).searchParams.get('sel')).toBe(id);
    await page.waitForSelector('#statement-count');
    expect(await page.textContent('#statement-count')).toBe('3 statements');
    await page.selectOption('#layout', 'auto');
    await waitForLayout(page);
  });

  it('selecting the Velayati → Hezbollah edge shows the quote inside its sentence, with the document', async () => {
    const { page } = browser;
    await tapEdge(page, 'Ali Akbar Velayati', 'Hezbollah');
    await page.waitForFunction(() => document.querySelector('#panel-title')?.textContent === 'Ali Akbar Velayati → Hezbollah');
    await page.waitForSelector('#statement-count');
    await page.screenshot({ path: join(OUTPUT, 'fixture-3-edge-hezbollah.png') });
    const sentences = await page.$$eval('#panel .sentence', (els) => els.map((e) => e.textContent));
    expect(sentences).toContain('Velayati considered Hezbollah to be “the flag-bearer of struggle in Lebanon and the Muslim world.”');
    const quotes = await page.$$eval('#panel .m-quote', (els) => els.map((e) => e.textContent));
    expect(quotes.join('|')).toContain('the flag-bearer of struggle in ');
    expect(await page.$$eval('#panel .m-speaker', (els) => els.map((e) => e.textContent))).toContain('Velayati');
    const panel = await page.textContent('#panel');
    expect(panel).toContain('Iran Front Page');
    expect(panel).toContain('27 Dec 2024');
    expect(panel).toContain('3 statements');
  });

  it('goes from a statement to the other statements of its document', async () => {
    const { page } = browser;
    await page.click('#panel .statement .doc-more');
    await page.waitForFunction(() => document.querySelector('#statement-count')?.textContent === '9 statements');
    expect(await page.textContent('#panel-title')).toContain('Resistance groups victories');
  });

  it('filters: without places, no place is drawn; minimum count 2 keeps only repeated links', async () => {
    const { page } = browser;
    await page.click('#focus-clear');
    await page.uncheck('input[name="type"][value="Place"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('types') === 'Person,Organization');
    await page.waitForTimeout(900);
    await page.screenshot({ path: join(OUTPUT, 'fixture-4-no-places.png') });
    expect(await drawnTypes(page)).toEqual(['Organization', 'Person']);
    await page.check('input[name="type"][value="Place"]');
    await page.fill('#f-min', '2');
    await page.check('#f-isolated');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('isolated') === 'hide');
    await page.waitForTimeout(900);
    const edges = await page.evaluate(() => {
      const cy = (window as unknown as { claimgraph: { cy: import('cytoscape').Core } }).claimgraph.cy;
      return cy.edges().map((e) => `${e.source().data('label')}→${e.target().data('label')}:${e.data('count')}`).sort();
    });
    expect(edges).toEqual(['Ali Akbar Velayati→Hamas:2', 'Ali Akbar Velayati→Hezbollah:3']);
    await page.click('#f-reset');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('min'));
  });

  it('exports the view as a non-empty PNG, and the subgraph as JSON and GraphML', async () => {
    const { page } = browser;
    await page.waitForTimeout(600);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBeGreaterThan(200);
    expect(height).toBeGreaterThan(200);
    expect(bytes.length).toBeGreaterThan(10_000);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const view = JSON.parse(await readFile((await json.path())!, 'utf8')) as { nodes: unknown[]; edges: unknown[] };
    expect(view.nodes).toHaveLength((await drawnLabels(page)).length);
    const [graphml] = await Promise.all([page.waitForEvent('download'), page.click('#export-graphml')]);
    const xml = await readFile((await graphml.path())!, 'utf8');
    expect(xml).toContain('<graphml');
    expect(xml.match(/<node /g)).toHaveLength(view.nodes.length);
  });

  it('shows a statement holding <script> and <img onerror> as plain text', async () => {
    const { page } = browser;
    await focusBySearch(page, 'Mallory');
    await page.screenshot({ path: join(OUTPUT, 'fixture-5-hostile-text.png') });
    const quote = await page.$$eval('#panel .m-quote', (els) => els.map((e) => e.textContent).join('|'));
    expect(quote).toContain('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">');
    expect(await page.$$('#panel script, #panel img, #panel b')).toHaveLength(0);
    expect(await page.textContent('#panel')).toContain('A <b>hostile</b> document');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('restores a shared view from its URL, and works by keyboard', async () => {
    const { page } = browser;
    await openExplorer(page, `${server.url}?focus=person%3Aali-akbar-velayati&types=Person,Organization&sel=person%3Aali-akbar-velayati`);
    expect(await page.textContent('#focus-name')).toBe('Ali Akbar Velayati');
    expect(await drawnTypes(page)).toEqual(['Organization', 'Person']);
    expect(await page.isChecked('input[name="type"][value="Place"]')).toBe(false);
    await page.waitForSelector('#statement-count');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#panel')).toBe(true);
    await page.keyboard.press('n');
    await page.waitForSelector('#panel:not([hidden]) #statement-count');
    await page.keyboard.press('?');
    expect(await page.isVisible('#help')).toBe(true);
    await page.screenshot({ path: join(OUTPUT, 'fixture-6-help.png') });
    await page.keyboard.press('Escape');
    expect(browser.problems).toEqual([]);
  });
});
