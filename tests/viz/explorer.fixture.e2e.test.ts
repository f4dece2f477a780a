import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveExplorer, type RunningExplorer } from '../../src/viz/index.js';
import { buildPage, clickEdge, drawnLabelBoxes, drawnLabels, drawnPositions, drawnTypes, edgeId, focusBySearch, openBrowser, openExplorer, OUTPUT, tapEdge, waitForView, type Browser } from './browser.js';
import { overlapping, simulateDeficiency, colourDistance } from './geometry.js';

/**
 * The explorer in real Chromium on a hand-made snapshot of corpus/001 (exact offsets, with
 * stances, a role and a repeated claim) plus a hostile document and a copy of it on another
 * wire: what a journalist does, step by step, with screenshots in tests/output/.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures');
const DOCS = [join(import.meta.dirname, '..', '..', 'corpus', '001_8c86ff3701bfb714.txt'), join(FIXTURES, 'docs')];

let server: RunningExplorer;
let browser: Browser;

type Cy = import('cytoscape').Core;

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

/** The filter change's URL (these parameters with these values, null for absent), then the view it asks for. */
async function afterFilter(page: Browser['page'], params: Record<string, string | null>): Promise<void> {
  await page.waitForFunction((want) => {
    const q = new URL(location.href).searchParams;
    return Object.entries(want).every(([k, v]) => q.get(k) === v);
  }, params);
  await waitForView(page);
}

describe('explorer on the fixture snapshot', () => {
  it('draws the whole network with every name, none over another, and a legend; no console errors or CSP violations', async () => {
    const { page } = browser;
    await openExplorer(page, server.url);
    await waitForView(page);
    await page.screenshot({ path: join(OUTPUT, 'fixture-1-overview.png') });
    const labels = await drawnLabels(page);
    expect(labels).toContain('Ali Akbar Velayati');
    expect(labels).toHaveLength(14);
    const boxes = await drawnLabelBoxes(page);
    expect(boxes).toHaveLength(14);
    expect(overlapping(boxes.map((b) => b.box))).toEqual([]);
    expect(await page.textContent('#filters')).toContain('said to');
    expect(await page.textContent('#filters')).toContain('attacks');
    expect(browser.problems).toEqual([]);
  });

  it('a wheel notch zooms by a fifth, about the pointer', async () => {
    const { page } = browser;
    const zoom = () => page.evaluate(() => (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy.zoom());
    const box = (await page.locator('#cy').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = await zoom();
    await page.mouse.wheel(0, -100);
    await page.waitForFunction((z) => (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy.zoom() !== z, before);
    expect((await zoom()) / before).toBeCloseTo(1.2, 2);
    await page.mouse.wheel(0, 100);
    await page.waitForFunction((z) => Math.abs((window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy.zoom() - z) < 1e-6, before);
  });

  it('searching "Velayati" focuses on him; his profile opens on his own statements, with whom he talks about', async () => {
    const { page } = browser;
    await focusBySearch(page, 'Velayati');
    await page.screenshot({ path: join(OUTPUT, 'fixture-2-focus-velayati.png') });
    expect(await page.textContent('#focus-name')).toBe('Ali Akbar Velayati');
    const labels = await drawnLabels(page);
    expect(labels).toEqual(expect.arrayContaining(['Ali Akbar Velayati', 'Hamas', 'Israel', 'Hezbollah', 'Lebanon', 'Ismail Haniyeh']));
    expect(labels).not.toContain('Mallory Example');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('person:ali-akbar-velayati');
    expect(await page.textContent('.tabs [aria-selected="true"]')).toBe('Said by 5');
    expect(await page.textContent('#statement-count')).toBe('5 statements');
    const speakers = await page.$$eval('#profile-tab .statement .st-speaker', (els) => [...new Set(els.map((e) => e.textContent))]);
    expect(speakers).toEqual(['Ali Akbar Velayati']);
    expect(await page.textContent('.pf-people')).toContain('Hezbollah 3');
  });

  it('the panel follows the filters: direct quotes only leaves three of his five', async () => {
    const { page } = browser;
    await page.uncheck('input[name="kind"][value="partial"]');
    await page.uncheck('input[name="kind"][value="indirect"]');
    await afterFilter(page, { kinds: 'direct' });
    await page.waitForFunction(() => document.querySelector('#statement-count')?.textContent === '3 statements');
    await page.check('input[name="kind"][value="partial"]');
    await page.check('input[name="kind"][value="indirect"]');
    await afterFilter(page, { kinds: null });
    await page.waitForFunction(() => document.querySelector('#statement-count')?.textContent === '5 statements');
  });

  it('a mouse click on the Velayati → Hezbollah edge, beside the open panel, selects it', async () => {
    const { page } = browser;
    // The circle puts every node at the same place on every run.
    await page.selectOption('#layout', 'circle');
    await clickEdge(page, 'Ali Akbar Velayati', 'Hezbollah');
    await page.waitForFunction(() => document.querySelector('#panel-title')?.textContent === 'Ali Akbar Velayati → Hezbollah');
    const id = await edgeId(page, 'Ali Akbar Velayati', 'Hezbollah');
    expect(new URL(page.url()).searchParams.get('sel')).toBe(id);
    await page.waitForSelector('#statement-count');
    expect(await page.textContent('#statement-count')).toBe('3 statements');
    await page.selectOption('#layout', 'auto');
    await waitForView(page);
  });

  it('the Velayati → Hezbollah card: the quote in its sentence, the deciding words marked, the side taken', async () => {
    const { page } = browser;
    await tapEdge(page, 'Ali Akbar Velayati', 'Hezbollah');
    await page.waitForFunction(() => document.querySelector('#panel-title')?.textContent === 'Ali Akbar Velayati → Hezbollah');
    await page.waitForSelector('#statement-count');
    await page.screenshot({ path: join(OUTPUT, 'fixture-3-edge-hezbollah.png') });
    const sentences = await page.$$eval('#panel .sentence', (els) => els.map((e) => e.textContent));
    expect(sentences).toContain('Velayati considered Hezbollah to be “the flag-bearer of struggle in Lebanon and the Muslim world.”');
    expect(await page.$$eval('#panel .m-stance.m-support', (els) => els.map((e) => e.textContent).join(''))).toBe('the flag-bearer of struggle');
    expect(await page.$$eval('#panel .stance-chip', (els) => els.map((e) => e.textContent))).toContain('▲ backs Hezbollah');
    expect(await page.$$eval('#panel .m-speaker', (els) => els.map((e) => e.textContent))).toContain('Velayati');
    const panel = await page.textContent('#panel');
    expect(panel).toContain('Iran Front Page');
    expect(panel).toContain('27 Dec 2024');
  });

  it('edges show the side taken by colour and by arrowhead, told apart under colour blindness too', async () => {
    const { page } = browser;
    const style = await page.evaluate(() => {
      const cy = (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy;
      const of = (s: string, t: string) => {
        const e = cy.edges().filter((x) => x.data('rel') === 'about' && x.source().id() === s && x.target().id() === t)[0]!;
        return { stance: e.data('stance'), color: e.style('line-color'), arrow: e.style('target-arrow-shape') };
      };
      return { backs: of('person:ali-akbar-velayati', 'organization:hezbollah'), attacks: of('person:ali-akbar-velayati', 'place:israel'), neither: of('person:ali-akbar-velayati', 'place:lebanon') };
    });
    expect([style.backs.stance, style.attacks.stance, style.neither.stance]).toEqual(['support', 'oppose', 'neutral']);
    expect(new Set([style.backs.arrow, style.attacks.arrow]).size).toBe(2);
    for (const kind of ['deuteranopia', 'protanopia', 'tritanopia'] as const) {
      expect(colourDistance(simulateDeficiency(style.backs.color, kind), simulateDeficiency(style.attacks.color, kind)), kind).toBeGreaterThan(60);
    }
  });

  it('the stance filter: only the attacks leaves the two edges to Israel', async () => {
    const { page } = browser;
    await page.click('#focus-clear');
    await waitForView(page);
    await page.uncheck('input[name="stance"][value="support"]');
    await page.uncheck('input[name="stance"][value="neutral"]');
    await afterFilter(page, { stances: 'oppose' });
    await page.screenshot({ path: join(OUTPUT, 'fixture-4-attacks-only.png') });
    const edges = await page.evaluate(() => (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy.edges('[rel = "about"]').map((e) => `${e.source().data('label')}→${e.target().data('label')}:${e.data('stance')}`).sort());
    expect(edges).toEqual(['Ali Akbar Velayati→Israel:oppose', 'Ismail Haniyeh→Israel:oppose']);
    await page.click('#f-reset');
    await afterFilter(page, { stances: null });
  });

  it('filters: without places, no place is drawn; minimum count 2 keeps only repeated links', async () => {
    const { page } = browser;
    await page.uncheck('input[name="type"][value="Place"]');
    await afterFilter(page, { types: 'Person,Organization' });
    expect(await drawnTypes(page)).toEqual(['Organization', 'Person']);
    await page.check('input[name="type"][value="Place"]');
    await page.fill('#f-min', '2');
    await page.check('#f-isolated');
    await afterFilter(page, { isolated: 'hide', min: '2', types: null });
    const edges = await page.evaluate(() => (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy.edges().map((e) => `${e.source().data('label')}→${e.target().data('label')}:${e.data('count')}`).sort());
    expect(edges).toEqual(['Ali Akbar Velayati→Hamas:2', 'Ali Akbar Velayati→Hezbollah:3', 'Mallory Example→Claimgraph Project:3']);
    await page.click('#f-reset');
    await afterFilter(page, { min: null });
  });

  it('a quote carried by two wires is one claim: the edge is as thick as two claims, the card says who else reported it', async () => {
    const { page } = browser;
    const edge = await page.evaluate(() => {
      const e = (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy.edges().filter((x) => x.source().id() === 'person:mallory-example' && x.data('rel') === 'about')[0]!;
      return { count: e.data('count'), claims: e.data('claims'), width: parseFloat(e.style('width')) };
    });
    expect(edge).toMatchObject({ count: 3, claims: 2 });
    const widthOf = await page.evaluate(() => {
      const cy = (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy;
      return parseFloat(cy.edges().filter((x) => x.data('claims') === 2)[0]!.style('width'));
    });
    expect(edge.width).toBe(widthOf);
    await tapEdge(page, 'Mallory Example', 'Claimgraph Project');
    await page.waitForSelector('#panel .st-claim');
    const claims = await page.$$eval('#panel .st-claim', (els) => els.map((e) => e.textContent ?? ''));
    expect(claims.some((c) => c.includes('Also reported by 1 outlet: Other Wire'))).toBe(true);
    expect(claims.some((c) => c.includes('Also reported by 1 outlet: Test Wire') && c.includes('first seen Test Wire, 5 Jan 2025'))).toBe(true);
  });

  it('searching the statements for "defeat" lists them in the table and lights up who said them', async () => {
    const { page } = browser;
    await page.keyboard.press('/');
    await page.keyboard.type('defeat', { delay: 20 });
    await page.waitForSelector('#search-results .result.statements[aria-selected="true"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#table')?.dataset.loaded === 'true' && new URL(location.href).searchParams.get('q') === 'defeat');
    await page.screenshot({ path: join(OUTPUT, 'fixture-5-search-defeat.png') });
    const rows = await page.$$eval('#statements-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.slice(0, 2).map((r) => r[2]).sort()).toEqual(['Ali Akbar Velayati', 'Ismail Haniyeh']);
    expect(await page.$$eval('#statements-table mark', (ms) => ms.map((m) => m.textContent!.toLowerCase()))).toContain('defeat');
    const lit = await page.evaluate(() => (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy.nodes('.hit').map((n) => n.id()).sort());
    expect(lit).toEqual(expect.arrayContaining(['person:ali-akbar-velayati', 'person:ismail-haniyeh']));
    // Sorted by speaker, then a row opens its card.
    await page.click('#statements-table th button[data-sort="speaker"]');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#table')?.dataset.loaded === 'true' && new URL(location.href).searchParams.get('sort') === 'speaker');
    await page.click('#statements-table tbody tr');
    await page.waitForSelector('#panel .statement');
  });

  it('the reader shows the article with its statements marked and its source as a safe link', async () => {
    const { page } = browser;
    await page.click('#panel .statement .doc-title');
    await page.waitForSelector('#reader:not([hidden]) .article-text');
    await page.screenshot({ path: join(OUTPUT, 'fixture-6-reader.png') });
    expect(await page.textContent('#reader-title')).toContain('Resistance groups victories');
    const link = await page.$eval('#reader .doc-url', (a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel'), target: a.getAttribute('target') }));
    expect(link).toEqual({ href: 'https://example.org/news/resistance-victories', rel: 'noopener noreferrer', target: '_blank' });
    const marked = await page.$$eval('#reader .r-statement', (els) => new Set(els.map((e) => (e as HTMLElement).dataset.statement)).size);
    expect(marked).toBe(9);
    expect(await page.$$eval('#reader .r-mention', (els) => els.map((e) => e.textContent))).toContain('Ali Akbar Velayati');
    expect(await page.$$eval('#reader .pointed', (els) => els.length)).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('doc')).toBe('001_8c86ff3701bfb714.txt');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#reader', { state: 'hidden' });
  });

  it('exports: a PNG with a header and a legend; JSON and GraphML edges with their statements; GraphML valid even with control characters in a name', async () => {
    const { page } = browser;
    if (await page.isVisible('#table')) await page.click('#table-close');
    const plain = await page.evaluate(async () => {
      const blob = (await (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' })) as Blob;
      const bitmap = await createImageBitmap(blob);
      return { width: bitmap.width, height: bitmap.height };
    });
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.max(plain.width, 1800));
    // Header (64 px) and legend (44 px) at scale 2 above and below the graph.
    expect(bytes.readUInt32BE(20)).toBe(plain.height + (64 + 44) * 2);
    await page.evaluate(() => {
      const cy = (window as unknown as { claimgraph: { cy: Cy } }).claimgraph.cy;
      cy.getElementById('person:mallory-example').data('label', 'Mallory\u0001Example\u000b');
    });
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const view = JSON.parse(await readFile((await json.path())!, 'utf8')) as { nodes: unknown[]; edges: { source: string; target: string; statementIds: string[]; statements: string[] }[] };
    expect(view.nodes).toHaveLength((await drawnLabels(page)).length);
    const mallory = view.edges.find((e) => e.source === 'person:mallory-example' && e.target === 'organization:claimgraph-project')!;
    expect(mallory.statementIds.sort()).toEqual(['st:wire-copy.txt:21', 'st:xss.txt:201', 'st:xss.txt:84']);
    expect(mallory.statements).toContain('the Claimgraph Project would never notice');
    const [graphml] = await Promise.all([page.waitForEvent('download'), page.click('#export-graphml')]);
    const xml = await readFile((await graphml.path())!, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as { graphml: { graph: { node: { '@_id': string; data: { '@_key': string; '#text'?: string }[] }[]; edge: { '@_source': string; data: { '@_key': string; '#text'?: string }[] }[] } } };
    expect(doc.graphml.graph.node).toHaveLength(view.nodes.length);
    const name = doc.graphml.graph.node.find((n) => n['@_id'] === 'person:mallory-example')!.data.find((d) => d['@_key'] === 'label')!['#text'];
    expect(name).toBe('MalloryExample');
    const edge = doc.graphml.graph.edge.find((e) => e['@_source'] === 'person:mallory-example')!;
    expect(JSON.parse(edge.data.find((d) => d['@_key'] === 'statementIds')!['#text']!)).toHaveLength(3);
  });

  it('shows a statement holding <script> and <img onerror> as plain text, and never links a javascript: source', async () => {
    const { page } = browser;
    await focusBySearch(page, 'Mallory');
    await page.screenshot({ path: join(OUTPUT, 'fixture-7-hostile-text.png') });
    const quote = await page.$$eval('#panel .m-quote', (els) => els.map((e) => e.textContent).join('|'));
    expect(quote).toContain('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">');
    expect(await page.$$('#panel script, #panel img, #panel b')).toHaveLength(0);
    expect(await page.textContent('#panel')).toContain('A <b>hostile</b> document');
    await page.click('#panel .statement .doc-title');
    await page.waitForSelector('#reader:not([hidden]) .article-text');
    expect(await page.$$('#reader a')).toHaveLength(0);
    expect(await page.$$('#reader script, #reader img')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.keyboard.press('Escape');
  });

  it('restores a shared view from its URL, draws it at the same positions on reload (the page’s force layout too), and works by keyboard', async () => {
    const { page } = browser;
    for (const layout of ['', '&layout=fcose']) {
      const url = `${server.url}?focus=person%3Aali-akbar-velayati&types=Person,Organization&sel=person%3Aali-akbar-velayati${layout}`;
      await openExplorer(page, url);
      await waitForView(page);
      const first = await drawnPositions(page);
      await openExplorer(page, url);
      await waitForView(page);
      expect(await drawnPositions(page)).toEqual(first);
    }
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
    await page.screenshot({ path: join(OUTPUT, 'fixture-8-help.png') });
    await page.keyboard.press('Escape');
    expect(browser.problems).toEqual([]);
  });
});
