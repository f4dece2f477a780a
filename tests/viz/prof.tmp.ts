import { serveExplorer } from '../../src/viz/index.js';
import { openBrowser, openExplorer } from './browser.js';
const s = await serveExplorer({ snapshot: '/tmp/bbc.json', port: 0 });
const b = await openBrowser();
await openExplorer(b.page, s.url);
const r = await b.page.evaluate(`(async () => {
  const cy = window.claimgraph.cy;
  const json = cy.elements().jsons();
  const raf = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const out = {};
  for (const round of [1, 2]) {
    cy.elements().remove();
    await raf();
    let t = performance.now();
    cy.add(json);
    out['add' + round] = Math.round(performance.now() - t);
    t = performance.now();
    cy.nodes().boundingBox();
    out['style+bb' + round] = Math.round(performance.now() - t);
    t = performance.now();
    await raf();
    out['paint' + round] = Math.round(performance.now() - t);
    t = performance.now();
    cy.zoom(cy.zoom() * 1.01);
    await raf();
    out['repaint' + round] = Math.round(performance.now() - t);
  }
  out.zoom = cy.zoom();
  out.pixelRatio = window.devicePixelRatio;
  return out;
})()`);
console.log(r);
await b.close(); await s.close();
