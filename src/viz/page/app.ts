import type { EntityEntry, GraphResponse, MetaResponse, StatementView } from '../api-types.js';
import { api, type StatementQuery } from './api.js';
import type { CardActions } from './cards.js';
import { statementCard } from './cards.js';
import { byId, el } from './dom.js';
import { GraphView } from './graph-view.js';
import { Panel } from './panel.js';
import { showEdgePanel, showEntityPanel } from './panels.js';
import { Reader } from './reader.js';
import { readState, writeState, type ViewState } from './state.js';
import { StatementsTable } from './table.js';

const EMPTY: GraphResponse = { nodes: [], edges: [], communities: [], view: { mode: 'overview', budget: 150, score: '' }, more: 0, totals: { nodes: 0, edges: 0, statements: 0, capped: 0 } };
const n = (x: number) => x.toLocaleString('en');

/**
 * The explorer page's behaviour: the state in the URL, the graph view, the panel (profiles,
 * edges, statements), the statements table and the reader. Every change of what is shown goes
 * through here, and `<html data-view>` is "loading" while the graph is fetched and drawn, then
 * "ready" (tests and the bench wait for it).
 */
export class App {
  graph: GraphResponse = EMPTY;
  readonly view: GraphView;
  readonly panel: Panel;
  readonly table: StatementsTable;
  readonly reader: Reader;
  readonly actions: CardActions;
  private loads = 0;

  constructor(
    readonly state: ViewState,
    readonly meta: MetaResponse,
    readonly byEntity: Map<string, EntityEntry>,
  ) {
    this.actions = { focus: (id) => this.focusOn(id), read: (docId, statementId) => void this.openDocument(docId, statementId) };
    this.view = new GraphView(byId('cy'), {
      onNode: (id) => this.selectNode(id),
      onEdge: (id) => this.selectEdge(id),
      onBackground: () => {
        this.view.select(null);
        this.state.sel = undefined;
        this.save();
        if (this.table.open) void this.table.load();
      },
      onNodeDouble: (id) => this.toggleExpand(id),
    }, { webgl: Boolean(state.webgl) });
    this.panel = new Panel(byId('panel'), byId('panel-body'), byId('panel-head'));
    this.reader = new Reader(byId('reader'), this.actions, () => {
      this.state.doc = undefined;
      this.save();
    });
    this.table = new StatementsTable(byId('table'), {
      describe: () => this.tableSubject(),
      fetch: (offset, sort) => api.statements(this.tableQuery(), this.state.filters, { offset, limit: 50, q: this.state.q, sort }),
      query: () => this.state.q ?? '',
    }, (s) => this.showStatement(s), (speakers) => this.view.light(speakers ? new Set(speakers.map((s) => s.id)) : null), (sort) => {
      this.state.sort = sort;
      this.save();
    });
    this.table.sort = state.sort;
  }

  save(push = false): void {
    const url = `${location.pathname}${writeState(this.state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  status(text: string): void {
    byId('status').textContent = text;
  }

  /** Fetch the view for the state and draw it (a newer reload wins). */
  async reload(pending?: Promise<GraphResponse>): Promise<void> {
    const load = ++this.loads;
    const mark = document.documentElement.dataset;
    mark.view = 'loading';
    this.status('Loading the graph…');
    let graph: GraphResponse;
    try {
      graph = await (pending ?? api.graph(this.state));
    } catch (err) {
      if (load === this.loads) {
        this.status(`Could not load the graph: ${(err as Error).message}`);
        mark.view = 'ready';
      }
      return;
    }
    if (load !== this.loads) return;
    performance.mark('cg:graph-fetched');
    this.graph = graph;
    await this.redraw();
    if (load === this.loads) mark.view = 'ready';
  }

  /** Draw the current view again (after a layout change, or back from a Cypher result). */
  async redraw(): Promise<void> {
    byId('cypher-banner').hidden = true;
    const layout = this.state.layout ?? 'auto';
    const framed = layout === 'auto';
    this.view.show(framed ? this.graph : { ...this.graph, nodes: this.graph.nodes.map((x) => ({ ...x, community: null })) }, framed || layout === 'preset');
    performance.mark('cg:elements-added');
    this.view.mark(this.state.focus, this.state.expand);
    this.updateBars();
    for (const option of byId<HTMLSelectElement>('layout').options) if (option.value.startsWith('fcose')) option.disabled = this.graph.nodes.length > 1500;
    await this.view.layout(layout, this.state.focus);
    performance.mark('cg:layout-done');
    if (this.state.sel) this.view.select(this.state.sel);
    if (this.table.open && this.state.q) void this.table.load();
  }

  private updateBars(): void {
    const g = this.graph;
    const bar = byId('focus-bar');
    bar.hidden = !this.state.focus;
    if (this.state.focus) {
      byId('focus-name').textContent = this.nameOf(this.state.focus);
      byId('focus-info').textContent = g.nodes.length > 0
        ? `${n(g.nodes.length - 1)} neighbour${g.nodes.length === 2 ? '' : 's'} shown, the strongest links first · ${this.state.steps} step${this.state.steps === 1 ? '' : 's'} out${g.more > 0 ? ` · ${n(g.more)} more one step further` : ''}`
        : 'not in the graph with these filters';
    }
    const what = g.view.mode === 'overview'
      ? `Overview: the ${n(g.nodes.length)} entities of highest score (${g.view.score}) and their strongest links`
      : g.view.mode === 'all' ? `Everything in the filters: ${n(g.nodes.length)} entities` : `${n(g.nodes.length)} entities around the focus`;
    this.status(`${what} · ${n(g.edges.length)} links · ${n(g.totals.statements)} statements in the filters`);
    const more = byId('show-more');
    more.hidden = g.view.mode !== 'overview' || g.more === 0;
    more.textContent = `Show more (${n(g.more)} not drawn)`;
    const all = byId('show-all');
    all.hidden = g.view.mode !== 'all' || g.totals.capped === 0;
    all.textContent = `Also draw ${n(g.totals.capped)} rarely named entities without links`;
  }

  /** An entity's name: from the search index, else from the view, else its id. */
  nameOf(id: string): string {
    return this.byEntity.get(id)?.name ?? this.graph.nodes.find((n) => n.id === id)?.label ?? id;
  }

  focusOn(id: string): void {
    Object.assign(this.state, { focus: id, steps: 1, expand: [], sel: id, role: undefined, all: false });
    this.save(true);
    this.reader.close();
    // The panel first, so that the layout fits the graph into the space beside it.
    this.openEntity(id);
    void this.reload();
  }

  clearFocus(): void {
    Object.assign(this.state, { focus: undefined, steps: 1, expand: [] });
    this.save(true);
    void this.reload();
  }

  step(by: 1 | -1): void {
    if (!this.state.focus) return;
    if (by === -1 && this.state.expand.length > 0) this.state.expand.pop();
    else if (by === -1 && this.state.steps > 1) this.state.steps--;
    else if (by === 1 && this.graph.more > 0) this.state.steps++;
    else return this.status(by === 1 ? 'Nothing further to add.' : 'Already one step out.');
    this.save();
    void this.reload();
  }

  toggleExpand(id: string): void {
    if (!this.state.focus) return this.focusOn(id);
    if (id === this.state.focus) return;
    this.state.expand = this.state.expand.includes(id) ? this.state.expand.filter((x) => x !== id) : [...this.state.expand, id];
    this.save();
    void this.reload();
  }

  showMore(): void {
    this.state.budget = (this.state.budget ?? this.graph.view.budget) + 150;
    this.save();
    void this.reload();
  }

  /** The profile of an entity in the panel, on the tab of its own statements unless another was asked for. */
  openEntity(id: string): void {
    showEntityPanel(this, id);
  }

  selectNode(id: string): void {
    this.state.sel = id;
    this.state.role = undefined;
    this.save();
    this.view.select(id);
    this.openEntity(id);
    if (this.table.open) void this.table.load();
  }

  selectEdge(id: string): void {
    const edge = this.graph.edges.find((e) => e.id === id);
    if (!edge) return;
    this.state.sel = id;
    this.save();
    this.view.select(id);
    showEdgePanel(this, edge);
    if (this.table.open) void this.table.load();
  }

  /** One statement's card in the panel (from a table row). */
  showStatement(s: StatementView): void {
    this.panel.show({ title: s.speaker ? `${s.speaker.name}${s.addressee ? ` → ${s.addressee.name}` : ''}` : 'Statement', subtitle: s.doc.title ?? s.doc.id, badges: [s.kind] });
    this.panel.body.append(statementCard(s, this.actions));
    this.panel.body.dataset.loaded = 'true';
  }

  async openDocument(docId: string, statementId?: string): Promise<void> {
    const push = this.state.doc !== docId;
    this.state.doc = docId;
    this.save(push);
    try {
      this.reader.show(await api.document(docId), statementId);
    } catch (err) {
      this.status(`Could not open the document: ${(err as Error).message}`);
    }
  }

  closePanel(): void {
    this.panel.close();
    this.view.select(null);
    this.state.sel = undefined;
    this.save();
  }

  /** A statement search: the table lists what matches, the graph lights up who said it. */
  searchStatements(text: string): void {
    // A new question: over everything in the filters, not the selection of the last one.
    if (this.state.sel) this.closePanel();
    this.state.q = text;
    this.save(true);
    this.showSearchChip();
    this.table.toggle(true);
    byId('table-toggle').setAttribute('aria-expanded', 'true');
  }

  clearSearch(): void {
    this.state.q = undefined;
    this.save();
    this.showSearchChip();
    this.view.light(null);
    if (this.table.open) void this.table.load();
  }

  showSearchChip(): void {
    const chip = byId('search-chip');
    chip.hidden = !this.state.q;
    chip.replaceChildren(...(this.state.q ? [`“${this.state.q}” `, el('button', { type: 'button', class: 'icon small', 'aria-label': 'Clear the search', onclick: () => this.clearSearch() }, '×')] : []));
  }

  private tableQuery(): StatementQuery {
    const sel = this.state.sel;
    if (!sel) return {};
    if (this.byEntity.has(sel)) return { entity: sel };
    const edge = this.graph.edges.find((e) => e.id === sel);
    return edge ? { speaker: edge.source, target: edge.target, rel: edge.rel } : {};
  }

  private tableSubject(): string {
    const q = this.tableQuery();
    const where = 'entity' in q ? `involving ${this.byEntity.get(q.entity)?.name ?? q.entity}` : 'speaker' in q ? `of ${this.byEntity.get(q.speaker)?.name ?? q.speaker} → ${this.byEntity.get(q.target)?.name ?? q.target}` : 'in the filters';
    return this.state.q ? `matching “${this.state.q}” ${where}` : where;
  }

  /** Back or forward in the history: the state of that URL. */
  restore(): void {
    Object.assign(this.state, readState(location.search));
    this.showSearchChip();
    void this.reload().then(() => this.restoreSelection());
  }

  restoreSelection(): void {
    const sel = this.state.sel;
    if (sel && this.byEntity.has(sel)) this.openEntity(sel);
    else if (sel && this.graph.edges.some((e) => e.id === sel)) this.selectEdge(sel);
    if (this.state.doc) void this.openDocument(this.state.doc);
  }
}
