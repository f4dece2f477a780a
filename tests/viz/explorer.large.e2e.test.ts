import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnLabelBoxes, drawnLabels, drawnPositions, focusBySearch, openExplorer, OUTPUT, startSession, waitForView, type Browser, type Session } from './browser.js';
import { overlapping } from './geometry.js';
import { syntheticCorpus } from './synthetic.js';

/**
 * The explorer on a corpus of the BBC's size and shape (2,325 articles with the copies, 9,000+
 * entities, 16,000 statements; made by tests/viz/synthetic.ts), in Chromium: the first view is
 * a readable summary, a step out stays within the budget, search answers, a shared URL draws
 * the same picture.
 */
type Cy = import('cytoscape').Core;

let session: Session;
let browser: Browser;

beforeAll(async () => {
  session = await startSession(async (dir) => {
    const { snapshot, jsonl } = syntheticCorpus();
    await writeFile(join(dir, 'snapshot.json'), JSON.stringify(snapshot));
    await writeFile(join(dir, 'docs.jsonl'), jsonl);
    return { snapshot: join(dir, 'snapshot.json'), docs: [join(dir, 'docs.jsonl')] };
  });
  browser = session.browser;
});

afterAll(async () => {
  await session?.close();
});

const labelled = (page: Browser['page']) => page.evaluate(() => (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy.nodes('[type]').not('.nolabel').length);

describe('explorer on a BBC-sized corpus', () => {
  it('the first view is a summary: 150 entities in named communities, the biggest names drawn, none over another', async () => {
    const { page } = browser;
    await openExplorer(page, session.server.url);
    await waitForView(page);
    await page.screenshot({ path: join(OUTPUT, 'large-1-overview.png') });
    expect(await drawnLabels(page)).toHaveLength(150);
    const frames = await page.evaluate(() => (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy.nodes('.group').map((g) => String(g.data('label'))));
    // Five sections, each its own community of people who talk about each other.
    expect(frames.length).toBeGreaterThanOrEqual(5);
    for (const f of frames) expect(f).toMatch(/ · /);
    const boxes = await drawnLabelBoxes(page);
    expect(overlapping(boxes.map((b) => b.box))).toEqual([]);
    // Priority by size: the five biggest nodes all have their names drawn, and a good share of the rest.
    const biggest = await page.evaluate(() => (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy.nodes('[type]').sort((a, b) => Number(b.data('size')) - Number(a.data('size'))).slice(0, 5).map((n) => n.id()));
    expect(boxes.map((b) => b.id)).toEqual(expect.arrayContaining(biggest));
    expect(boxes.length).toBeGreaterThanOrEqual(30);
    expect(await page.textContent('#status')).toContain('150 entities of highest score');
  });

  it('zoomed in, more names are drawn, still none over another', async () => {
    const { page } = browser;
    const before = await labelled(page);
    await page.evaluate(() => {
      const cy = (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy;
      cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await page.waitForFunction((n) => (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy.nodes('[type]').not('.nolabel').length > n, before);
    const boxes = await drawnLabelBoxes(page);
    expect(overlapping(boxes.map((b) => b.box))).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'large-2-zoomed.png') });
  });

  it('"show more" adds the next 150', async () => {
    const { page } = browser;
    await page.click('#show-more');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('budget') === '300');
    await waitForView(page);
    expect(await drawnLabels(page)).toHaveLength(300);
  });

  it('a focus draws the strongest neighbours up to the budget; a step out adds at most 150 more, with a short URL', async () => {
    const { page } = browser;
    await openExplorer(page, session.server.url);
    const top = await page.evaluate(() => (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy.nodes('[type]').sort((a, b) => Number(b.data('size')) - Number(a.data('size')))[0]!.data('label') as string);
    await focusBySearch(page, top);
    const first = (await drawnLabels(page)).length;
    expect(first).toBeLessThanOrEqual(151);
    expect(first).toBeGreaterThan(10);
    await page.click('#focus-more');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('steps') === '2');
    await waitForView(page);
    const second = (await drawnLabels(page)).length;
    expect(second).toBeGreaterThan(first);
    expect(second - first).toBeLessThanOrEqual(150);
    expect(page.url().length).toBeLessThan(300);
    await page.screenshot({ path: join(OUTPUT, 'large-3-focus-step.png') });
  });

  it('a reload of the shared URL draws the same positions', async () => {
    const { page } = browser;
    const url = page.url();
    const before = await drawnPositions(page);
    await openExplorer(page, url);
    await waitForView(page);
    expect(await drawnPositions(page)).toEqual(before);
  });

  it('searching the statements for a word lists them and lights up who said them', async () => {
    const { page } = browser;
    await page.click('#focus-clear');
    await waitForView(page);
    await page.keyboard.press('/');
    await page.keyboard.type('blame', { delay: 10 });
    await page.waitForSelector('#search-results .result.statements[aria-selected="true"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#table')?.dataset.loaded === 'true');
    expect(await page.textContent('#table .table-title')).toMatch(/^[\d,]+ statements · matching “blame”/);
    const quotes = await page.$$eval('#statements-table td.quote', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(quotes.length).toBe(50);
    for (const q of quotes) expect(q).toContain('blame');
    const lit = await page.evaluate(() => (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy.nodes('.hit').length);
    expect(lit).toBeGreaterThan(0);
    // Lighting up the speakers leaves the names as they were placed: still none over another.
    expect(overlapping((await drawnLabelBoxes(page)).map((b) => b.box))).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'large-4-search.png') });
    expect(browser.problems).toEqual([]);
  });
});
