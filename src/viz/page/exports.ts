import type { Core } from 'cytoscape';
import { download } from './dom.js';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

/** The drawn view as a PNG (the whole drawn graph, at up to 2× for small graphs). */
export async function exportPng(cy: Core): Promise<Blob> {
  const scale = cy.nodes().length > 1000 ? 1 : 2;
  const blob = (await cy.png({ output: 'blob-promise', full: true, scale, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 })) as Blob;
  download(blob, `claimgraph-${stamp()}.png`);
  return blob;
}

const NODE_KEYS = ['label', 'type', 'quoted', 'mentioned', 'targeted'] as const;
const EDGE_KEYS = ['rel', 'count'] as const;

/** The drawn subgraph as JSON: `{nodes: [{id, label, type, …, x, y}], edges: [{id, source, target, rel, count}]}`. */
export function subgraphJson(cy: Core): string {
  const nodes = cy.nodes().map((n) => ({ id: n.id(), ...Object.fromEntries(NODE_KEYS.map((k) => [k, n.data(k)])), x: Math.round(n.position('x')), y: Math.round(n.position('y')) }));
  const edges = cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), ...Object.fromEntries(EDGE_KEYS.map((k) => [k, e.data(k)])) }));
  return `${JSON.stringify({ format: 'claimgraph-view', nodes, edges }, null, 2)}\n`;
}

/** The drawn subgraph as GraphML (yEd, Gephi, NetworkX read it). */
export function subgraphGraphml(cy: Core): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="quoted" for="node" attr.name="quoted" attr.type="int"/>',
    '  <key id="mentioned" for="node" attr.name="mentioned" attr.type="int"/>',
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    '  <key id="rel" for="edge" attr.name="rel" attr.type="string"/>',
    '  <key id="count" for="edge" attr.name="count" attr.type="int"/>',
    '  <graph id="claimgraph" edgedefault="directed">',
  ];
  cy.nodes().forEach((n) => {
    const d = (k: string, v: unknown) => `<data key="${k}">${xml(String(v ?? ''))}</data>`;
    lines.push(`    <node id="${xml(n.id())}">${d('label', n.data('label'))}${d('type', n.data('type'))}${d('quoted', n.data('quoted') ?? 0)}${d('mentioned', n.data('mentioned') ?? 0)}${d('x', Math.round(n.position('x')))}${d('y', Math.round(n.position('y')))}</node>`);
  });
  cy.edges().forEach((e) => {
    lines.push(`    <edge id="${xml(e.id())}" source="${xml(e.source().id())}" target="${xml(e.target().id())}"><data key="rel">${xml(String(e.data('rel') ?? ''))}</data><data key="count">${Number(e.data('count') ?? 1)}</data></edge>`);
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export function exportJson(cy: Core): void {
  download(new Blob([subgraphJson(cy)], { type: 'application/json' }), `claimgraph-${stamp()}.json`);
}

export function exportGraphml(cy: Core): void {
  download(new Blob([subgraphGraphml(cy)], { type: 'application/graphml+xml' }), `claimgraph-${stamp()}.graphml`);
}
