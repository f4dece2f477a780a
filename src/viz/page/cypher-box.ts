import type { Core } from 'cytoscape';
import type { CypherResponse } from '../api-types.js';
import { api } from './api.js';
import { byId, clear, el } from './dom.js';
import { labelData } from './labels.js';

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The Cypher box (Neo4j source only): the query runs in a READ transaction on the server, with
 * a time and row limit. Results show as a table, or as a graph in the main view.
 */
export class CypherBox {
  private last: CypherResponse | null = null;

  constructor(private readonly showGraph: (result: CypherResponse) => void) {
    byId('cypher-run').addEventListener('click', () => void this.run());
    byId('cypher-input').addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
        ev.preventDefault();
        void this.run();
      }
    });
    byId('cypher-as-graph').addEventListener('click', () => {
      if (this.last) this.showGraph(this.last);
    });
  }

  toggle(open?: boolean): void {
    const box = byId('cypher');
    box.hidden = open === undefined ? !box.hidden : !open;
    if (!box.hidden) byId('cypher-input').focus();
  }

  private async run(): Promise<void> {
    const query = byId<HTMLTextAreaElement>('cypher-input').value;
    const out = byId('cypher-result');
    const status = byId('cypher-status');
    status.textContent = 'Running…';
    try {
      const result = await api.cypher(query);
      this.last = result;
      status.textContent = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ' (limit reached, more not shown)' : ''} in ${result.ms} ms${result.notice ? ` · ${result.notice}` : ''}`;
      (byId('cypher-as-graph') as HTMLButtonElement).disabled = result.graph.nodes.length === 0;
      clear(out);
      out.append(
        el(
          'table',
          { class: 'cypher-table' },
          el('thead', {}, el('tr', {}, ...result.columns.map((c) => el('th', { scope: 'col' }, c)))),
          el('tbody', {}, ...result.rows.map((r) => el('tr', {}, ...r.map((v) => el('td', {}, text(v)))))),
        ),
      );
    } catch (err) {
      this.last = null;
      status.textContent = '';
      clear(out);
      out.append(el('p', { class: 'error' }, (err as Error).message));
    }
  }
}

/** Draw a Cypher result's nodes and relationships in place of the network (entities keep their colours). */
export function drawCypherResult(cy: Core, result: CypherResponse): void {
  const typeOf = (labels: string[]) => labels.find((l) => l === 'Person' || l === 'Organization' || l === 'Place') ?? 'Other';
  cy.batch(() => {
    cy.elements().remove();
    cy.add([
      ...result.graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.name, type: typeOf(n.labels), size: 26, ...labelData(11) } })),
      ...result.graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, label: e.type, cypher: true, width: 1.5 } })),
    ]);
  });
}
