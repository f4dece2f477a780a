import type { Core } from 'cytoscape';
import type { EdgeStatementsResponse } from '../api-types.js';
// The one XML writer of claimgraph (the server-side GraphML and GEXF exporters use it too).
import { xmlAttr, xmlText } from '../../graph/export/xml.js';
import { download } from './dom.js';

/** A file-name stamp: 2026-11-21-10-00-00. */
export function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

const NODE_KEYS = ['label', 'type', 'quoted', 'mentioned', 'targeted'] as const;

/** Statements behind each drawn edge, by edge id. */
export type EdgeStatements = EdgeStatementsResponse['edges'];

/** The drawn entities and edges, each edge with the ids and words of its statements. */
function viewOf(cy: Core, statements: EdgeStatements) {
  const nodes = cy.nodes('[type]').map((n) => ({ id: n.id(), ...(Object.fromEntries(NODE_KEYS.map((k) => [k, n.data(k)])) as Record<(typeof NODE_KEYS)[number], unknown>), x: Math.round(n.position('x')), y: Math.round(n.position('y')) }));
  const edges = cy.edges().map((e) => {
    const st = statements[e.id()] ?? { ids: [], contents: [] };
    return { id: e.id(), source: e.source().id(), target: e.target().id(), rel: String(e.data('rel')), stance: String(e.data('stance') ?? 'neutral'), count: Number(e.data('count') ?? 0), claims: Number(e.data('claims') ?? 0), statementIds: st.ids, statements: st.contents };
  });
  return { nodes, edges };
}

/**
 * The drawn subgraph as JSON: `{nodes: [{id, label, type, …, x, y}], edges: [{id, source,
 * target, rel, stance, count, claims, statementIds, statements}]}`.
 */
export function subgraphJson(cy: Core, statements: EdgeStatements): string {
  return `${JSON.stringify({ format: 'claimgraph-view', ...viewOf(cy, statements) }, null, 2)}\n`;
}

/** The drawn subgraph as GraphML (yEd, Gephi, NetworkX read it); lists are JSON text, as the server's exporter writes them. */
export function subgraphGraphml(cy: Core, statements: EdgeStatements): string {
  const { nodes, edges } = viewOf(cy, statements);
  const keys: [string, string, string][] = [
    ['label', 'node', 'string'], ['type', 'node', 'string'], ['quoted', 'node', 'int'], ['mentioned', 'node', 'int'], ['x', 'node', 'double'], ['y', 'node', 'double'],
    ['rel', 'edge', 'string'], ['stance', 'edge', 'string'], ['count', 'edge', 'int'], ['claims', 'edge', 'int'], ['statementIds', 'edge', 'string'], ['statements', 'edge', 'string'],
  ];
  const d = (k: string, v: unknown) => `<data key=${xmlAttr(k)}>${xmlText(typeof v === 'string' ? v : JSON.stringify(v ?? ''))}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([id, kind, type]) => `  <key id=${xmlAttr(id)} for="${kind}" attr.name=${xmlAttr(id)} attr.type="${type}"/>`),
    '  <graph id="claimgraph" edgedefault="directed">',
    ...nodes.map((n) => `    <node id=${xmlAttr(n.id)}>${d('label', String(n.label ?? ''))}${d('type', String(n.type ?? ''))}${d('quoted', n.quoted ?? 0)}${d('mentioned', n.mentioned ?? 0)}${d('x', n.x)}${d('y', n.y)}</node>`),
    ...edges.map((e) => `    <edge id=${xmlAttr(e.id)} source=${xmlAttr(e.source)} target=${xmlAttr(e.target)}>${d('rel', e.rel)}${d('stance', e.stance)}${d('count', e.count)}${d('claims', e.claims)}${d('statementIds', e.statementIds)}${d('statements', e.statements)}</edge>`),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}

export function exportJson(cy: Core, statements: EdgeStatements): void {
  download(new Blob([subgraphJson(cy, statements)], { type: 'application/json' }), `claimgraph-${stamp()}.json`);
}

export function exportGraphml(cy: Core, statements: EdgeStatements): void {
  download(new Blob([subgraphGraphml(cy, statements)], { type: 'application/graphml+xml' }), `claimgraph-${stamp()}.graphml`);
}
