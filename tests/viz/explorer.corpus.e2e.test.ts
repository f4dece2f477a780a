import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/pipeline/extract-corpus.js';
import { writeSnapshot } from '../../src/snapshot/write.js';
import { drawnLabelBoxes, drawnLabels, drawnTypes, focusBySearch, openExplorer, OUTPUT, startSession, tapEdge, waitForView, type Browser, type Session } from './browser.js';
import { overlapping } from './geometry.js';

/**
 * The explorer on what claimgraph really extracts from the seed corpus (corpus/), in Chromium:
 * these pass only as far as extraction finds Velayati's statements and their targets.
 */
const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

let session: Session;
let browser: Browser;

beforeAll(async () => {
  session = await startSession(async (dir) => {
    const { snapshot } = await extractCorpus([CORPUS]);
    await writeSnapshot(join(dir, 'corpus.json'), snapshot, true);
    return { snapshot: join(dir, 'corpus.json'), docs: [CORPUS] };
  });
  browser = session.browser;
  await openExplorer(browser.page, session.server.url);
  await waitForView(browser.page);
  await browser.page.screenshot({ path: join(OUTPUT, 'corpus-1-overview.png') });
});

afterAll(async () => {
  await session?.close();
});

describe('explorer on the real extraction of corpus/', () => {
  it('the overview names what it draws, the biggest first, no name over another', async () => {
    const { page } = browser;
    const boxes = await drawnLabelBoxes(page);
    const drawn = (await drawnLabels(page)).length;
    expect(overlapping(boxes.map((b) => b.box))).toEqual([]);
    // Labels give way by size: no hidden label belongs to a node bigger than every labelled one.
    const sizes = await page.evaluate(() => (window as unknown as { claimgraph: { cy: import('cytoscape').Core } }).claimgraph.cy.nodes('[type].nolabel').map((n) => Number(n.data('size'))));
    expect(Math.max(0, ...sizes)).toBeLessThanOrEqual(Math.max(...boxes.map((b) => b.size)));
    expect(boxes.length).toBeGreaterThanOrEqual(Math.min(drawn, 20));
  });

  it('searching "Velayati" focuses on him and shows the targets of his statements', async () => {
    const { page } = browser;
    await focusBySearch(page, 'Velayati');
    await page.screenshot({ path: join(OUTPUT, 'corpus-2-focus-velayati.png') });
    expect(await page.textContent('#focus-name')).toMatch(/Velayati/);
    expect(await drawnLabels(page)).toEqual(expect.arrayContaining(['Hamas', 'Israel', 'Hezbollah']));
  });

  it('selecting the Velayati → Hezbollah edge shows “the flag-bearer of struggle …” inside its sentence', async () => {
    const { page } = browser;
    const velayati = (await drawnLabels(page)).find((l) => /Velayati/.test(l)) ?? 'Ali Akbar Velayati';
    await tapEdge(page, velayati, 'Hezbollah');
    await page.waitForFunction(() => /→ Hezbollah/.test(document.querySelector('#panel-title')?.textContent ?? ''));
    await page.waitForSelector('#statement-count');
    await page.screenshot({ path: join(OUTPUT, 'corpus-3-edge-hezbollah.png') });
    const sentences = await page.$$eval('#panel .sentence', (els) => els.map((e) => e.textContent ?? ''));
    expect(sentences.some((s) => s.includes('considered Hezbollah to be “the flag-bearer of struggle in Lebanon and the Muslim world.”'))).toBe(true);
    // A quote is marked in pieces around the words marked inside it (names, the stance's evidence).
    const quotes = await page.$$eval('#panel .sentence', (els) => els.map((e) => [...e.querySelectorAll('.m-quote')].map((q) => q.textContent ?? '').join('')));
    expect(quotes.some((q) => q.includes('the flag-bearer of struggle in'))).toBe(true);
  });

  it('a filter hides what it should: without places, no place is drawn', async () => {
    const { page } = browser;
    await page.click('#focus-clear');
    await page.uncheck('input[name="type"][value="Place"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('types') === 'Person,Organization');
    await waitForView(page);
    await page.screenshot({ path: join(OUTPUT, 'corpus-4-no-places.png') });
    expect(await drawnTypes(page)).not.toContain('Place');
    expect((await drawnLabels(page)).length).toBeGreaterThan(0);
    await page.check('input[name="type"][value="Place"]');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('types'));
    await waitForView(page);
  });

  it('PNG export gives a non-empty image', async () => {
    const { page } = browser;
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(200);
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(browser.problems).toEqual([]);
  });
});
