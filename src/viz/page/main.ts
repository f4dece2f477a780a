import type { CypherResponse, EntityEntry, GraphResponse } from '../api-types.js';
import { api } from './api.js';
import { CypherBox, drawCypherResult } from './cypher-box.js';
import { byId, el, formatDate } from './dom.js';
import { exportGraphml, exportJson, exportPng } from './exports.js';
import { FiltersForm } from './filters-form.js';
import { GraphView } from './graph-view.js';
import { bindShortcuts, type Shortcut } from './keyboard.js';
import { LAYOUTS } from './layouts.js';
import { Panel, type PanelHead } from './panel.js';
import { SearchBox } from './search.js';
import { readState, writeState, type ViewState } from './state.js';
import { adjacencyOf, frontier, visibleNodes, type Adjacency } from './visibility.js';

/**
 * Entities without any link drawn at most (the most quoted and mentioned first), unless the
 * reader asks for all: thousands of once-mentioned names cost seconds to draw and say little.
 */
const UNLINKED_CAP = 500;
/** Most nodes a force layout may be run on in the page (the server's layout serves larger views). */
const PAGE_FORCE_LIMIT = 1500;

/** The explorer page: wires the API, the graph view, the filters, search and the panel. */
async function boot(): Promise<void> {
  const state: ViewState = readState(location.search);
  // The graph is asked for at once, beside the metadata and the search index.
  const firstGraph = api.graph(state.filters, state.all ? 0 : UNLINKED_CAP);
  firstGraph.catch(() => undefined);
  const [meta, entries] = await Promise.all([api.meta(), api.entities()]);
  performance.mark('cg:meta-and-index');
  const byEntity = new Map<string, EntityEntry>(entries.map((e) => [e.id, e]));
  let graph: GraphResponse = { nodes: [], edges: [], totals: { nodes: 0, edges: 0, statements: 0, capped: 0 } };
  let adj: Adjacency = new Map();
  let steps: string[][] = state.expand.length ? [state.expand.slice()] : [];
  let cypherMode = false;

  document.title = `claimgraph · ${meta.label.split('/').pop()}`;
  byId('source-label').textContent = `${meta.source === 'neo4j' ? 'Neo4j' : 'snapshot'} · ${meta.counts.documents} documents · ${meta.counts.statements} statements${meta.hasTexts ? '' : ' · no document texts (statements shown without their sentences)'}`;
  const status = (text: string) => (byId('status').textContent = text);

  const view = new GraphView(byId('cy'), {
    onNode: (id) => (cypherMode ? undefined : selectNode(id)),
    onEdge: (id) => (cypherMode ? undefined : selectEdge(id)),
    onBackground: () => {
      if (cypherMode) return;
      view.select(null);
      state.sel = undefined;
      save();
    },
    onNodeDouble: (id) => (cypherMode ? undefined : toggleExpand(id)),
  }, { webgl: Boolean(state.webgl) });

  const panel = new Panel(byId('panel'), byId('panel-body'), byId('panel-head'), {
    focus: (id) => focusOn(id),
    showDocument: (docId, title) => showDocument(docId, title),
  }, (q, offset) => api.statements(q, state.filters, offset));
  byId('panel-close').addEventListener('click', () => closePanel());

  function save(push = false): void {
    const url = `${location.pathname}${writeState(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** Fetch the graph and draw it; `beforeDraw` runs once it has arrived, before the layout. */
  async function reload(pending?: Promise<GraphResponse>, beforeDraw?: () => void): Promise<void> {
    status('Loading the graph…');
    try {
      graph = await (pending ?? api.graph(state.filters, state.all ? 0 : UNLINKED_CAP));
    } catch (err) {
      status(`Could not load the graph: ${(err as Error).message}`);
      return;
    }
    performance.mark('cg:graph-fetched');
    adj = adjacencyOf(graph);
    beforeDraw?.();
    await redraw();
  }

  async function redraw(): Promise<void> {
    cypherMode = false;
    byId('cypher-banner').hidden = true;
    const ids = visibleNodes(adj, state.focus, state.expand);
    view.show(graph, ids);
    performance.mark('cg:elements-added');
    view.mark(state.focus, state.expand);
    updateFocusBar(ids);
    const shown = ids ? ids.size : graph.nodes.length;
    status(`${shown.toLocaleString('en')} of ${graph.totals.nodes.toLocaleString('en')} entities · ${view.cy.edges().length.toLocaleString('en')} links · ${graph.totals.statements.toLocaleString('en')} statements in the filters`);
    // A force layout in the page takes tens of seconds beyond a few thousand nodes: offer it below that.
    for (const option of byId<HTMLSelectElement>('layout').options) {
      if (option.value.startsWith('fcose')) option.disabled = view.cy.nodes().length > PAGE_FORCE_LIMIT;
    }
    const more = byId('show-all');
    more.hidden = graph.totals.capped === 0 || Boolean(state.focus);
    more.textContent = `Also draw ${graph.totals.capped.toLocaleString('en')} rarely named entities without links`;
    // Last, once everything that sizes the graph's container (focus bar, status bar, panel) is
    // set: the layout fits the graph to the container.
    await view.layout(state.layout ?? 'auto', state.focus);
    performance.mark('cg:layout-done');
    if (state.sel) view.select(state.sel);
  }

  function updateFocusBar(ids: Set<string> | null): void {
    const bar = byId('focus-bar');
    bar.hidden = !state.focus;
    if (!state.focus) return;
    const name = byEntity.get(state.focus)?.name ?? state.focus;
    byId('focus-name').textContent = name;
    byId('focus-info').textContent = ids ? `${ids.size - 1} neighbour${ids.size === 2 ? '' : 's'} shown · ${steps.length} step${steps.length === 1 ? '' : 's'} out` : 'not in the graph with these filters';
  }

  function focusOn(id: string): void {
    state.focus = id;
    state.expand = [];
    steps = [];
    state.sel = id;
    save(true);
    // The panel first, so that the layout fits the graph into the space beside it.
    openEntity(id);
    void redraw();
    if (!adj.has(id)) status(`${byEntity.get(id)?.name ?? id} is not in the graph with the current filters; its statements are in the panel.`);
  }

  function clearFocus(): void {
    state.focus = undefined;
    state.expand = [];
    steps = [];
    save(true);
    void redraw().then(() => view.fit());
  }

  function expandStep(): void {
    if (!state.focus) return;
    const next = frontier(adj, state.focus, state.expand);
    if (next.length === 0) {
      status('Nothing further to expand.');
      return;
    }
    steps.push(next);
    state.expand.push(...next);
    save();
    void redraw();
  }

  function collapseStep(): void {
    const last = steps.pop();
    if (!last) return;
    const drop = new Set(last);
    state.expand = state.expand.filter((id) => !drop.has(id));
    save();
    void redraw();
  }

  function toggleExpand(id: string): void {
    if (!state.focus) return focusOn(id);
    if (id === state.focus) return;
    if (state.expand.includes(id)) {
      state.expand = state.expand.filter((x) => x !== id);
      steps = steps.map((s) => s.filter((x) => x !== id)).filter((s) => s.length > 0);
    } else {
      state.expand.push(id);
      steps.push([id]);
    }
    save();
    void redraw();
  }

  function openEntity(id: string): void {
    const e = byEntity.get(id);
    const node = graph.nodes.find((n) => n.id === id);
    const head: PanelHead = {
      title: e?.name ?? id,
      subtitle: e && e.aliases.length ? `Also: ${e.aliases.slice(0, 8).join(', ')}${e.aliases.length > 8 ? ' …' : ''}` : undefined,
      badges: [e?.type ?? '', node ? `quoted ${node.quoted}×` : '', node ? `mentioned ${node.mentioned}×` : ''].filter(Boolean),
      buttons: [
        ...(state.focus !== id ? [{ label: 'Focus', key: 'Enter', run: () => focusOn(id) }] : []),
        ...(state.focus && state.focus !== id ? [{ label: state.expand.includes(id) ? 'Collapse' : 'Expand', key: 'e', run: () => toggleExpand(id) }] : []),
      ],
    };
    void panel.show(head, { entity: id });
  }

  function selectNode(id: string): void {
    state.sel = id;
    save();
    view.select(id);
    openEntity(id);
  }

  function selectEdge(id: string): void {
    const edge = graph.edges.find((e) => e.id === id);
    if (!edge) return;
    state.sel = id;
    save();
    view.select(id);
    const a = byEntity.get(edge.source)?.name ?? edge.source;
    const b = byEntity.get(edge.target)?.name ?? edge.target;
    const kinds = Object.entries(edge.kinds).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
    void panel.show(
      { title: `${a} → ${b}`, subtitle: edge.rel === 'about' ? `What ${a} said about ${b}` : `What ${a} said to ${b}`, badges: [`${edge.count} statement${edge.count === 1 ? '' : 's'}`, ...kinds] },
      { speaker: edge.source, target: edge.target, rel: edge.rel },
    );
  }

  function showDocument(docId: string, title: string): void {
    const d = meta.documents.find((x) => x.id === docId);
    void panel.show({ title, subtitle: [d?.source, formatDate(d?.publishedAt), docId].filter(Boolean).join(' · '), badges: ['document'] }, { doc: docId });
  }

  function closePanel(): void {
    panel.close();
    view.select(null);
    state.sel = undefined;
    save();
  }

  function restoreSelection(): void {
    const sel = state.sel;
    if (!sel) return;
    if (byEntity.has(sel)) selectNode(sel);
    else if (graph.edges.some((e) => e.id === sel)) selectEdge(sel);
  }

  /** Keyboard walk through the drawn nodes, biggest first. */
  function stepSelection(dir: 1 | -1): void {
    const nodes = view.cy.nodes().sort((a, b) => Number(b.data('size')) - Number(a.data('size')) || (a.id() < b.id() ? -1 : 1));
    if (nodes.length === 0) return;
    const at = state.sel ? nodes.toArray().findIndex((n) => n.id() === state.sel) : -1;
    const next = nodes[(at + dir + nodes.length) % nodes.length]!;
    selectNode(next.id());
    view.centre(next.id());
  }

  function showCypherGraph(result: CypherResponse): void {
    cypherMode = true;
    drawCypherResult(view.cy, result);
    byId('cypher-banner').hidden = false;
    status(`Cypher result: ${result.graph.nodes.length} nodes, ${result.graph.edges.length} relationships`);
    void view.layout('fcose-proof');
  }

  // Toolbar.
  const layoutSelect = byId<HTMLSelectElement>('layout');
  for (const l of LAYOUTS) layoutSelect.append(el('option', { value: l.value }, l.label));
  layoutSelect.value = state.layout ?? 'auto';
  layoutSelect.addEventListener('change', () => {
    state.layout = layoutSelect.value === 'auto' ? undefined : layoutSelect.value;
    save();
    void view.layout(layoutSelect.value, state.focus);
  });
  byId('fit').addEventListener('click', () => view.fit());
  byId('show-all').addEventListener('click', () => {
    state.all = true;
    save();
    void reload();
  });
  byId('export-png').addEventListener('click', () => void exportPng(view.cy));
  byId('export-json').addEventListener('click', () => exportJson(view.cy));
  byId('export-graphml').addEventListener('click', () => exportGraphml(view.cy));
  byId('focus-more').addEventListener('click', expandStep);
  byId('focus-less').addEventListener('click', collapseStep);
  byId('focus-clear').addEventListener('click', clearFocus);
  byId('cypher-back').addEventListener('click', () => void redraw());
  const cypher = meta.cypher ? new CypherBox(showCypherGraph) : null;
  byId('cypher-toggle').hidden = !cypher;
  byId('cypher-toggle').addEventListener('click', () => cypher?.toggle());
  const help = byId<HTMLDialogElement>('help');
  byId('help-btn').addEventListener('click', () => help.showModal());
  byId('help-close').addEventListener('click', () => help.close());
  byId('filters-toggle').addEventListener('click', () => document.body.classList.toggle('no-filters'));

  const filters = new FiltersForm(meta, (f) => {
    state.filters = f;
    save();
    void reload();
  });
  filters.set(state.filters);

  const searchInput = byId<HTMLInputElement>('search');
  new SearchBox(searchInput, byId<HTMLUListElement>('search-results'), entries, (e) => focusOn(e.id));

  const shortcuts: Shortcut[] = [
    { keys: ['/'], help: 'Find an entity', run: () => {
      searchInput.focus();
      searchInput.select();
    } },
    { keys: ['f'], help: 'Fit the graph to the screen', run: () => view.fit() },
    { keys: ['+', '='], help: 'Focus mode: show one more step of neighbours', run: expandStep },
    { keys: ['-', '_'], help: 'Focus mode: take the last step back', run: collapseStep },
    { keys: ['e'], help: 'Expand or collapse the selected entity', run: () => state.sel && byEntity.has(state.sel) && toggleExpand(state.sel) },
    { keys: ['Enter'], help: 'Focus on the selected entity', run: () => state.sel && byEntity.has(state.sel) && focusOn(state.sel) },
    { keys: ['n', 'j'], help: 'Select the next entity (largest first)', run: () => stepSelection(1) },
    { keys: ['p', 'k'], help: 'Select the previous entity', run: () => stepSelection(-1) },
    { keys: ['x'], help: 'Leave focus mode (show everything)', run: clearFocus },
    { keys: ['l'], help: 'Choose a layout', run: () => layoutSelect.focus() },
    { keys: ['g'], help: 'Show or hide the filters', run: () => document.body.classList.toggle('no-filters') },
    { keys: ['s'], help: 'Save the view as PNG', run: () => void exportPng(view.cy) },
    ...(cypher ? [{ keys: ['c'], help: 'Open the Cypher box', run: () => cypher.toggle() }] : []),
    { keys: ['?'], help: 'This help', run: () => help.showModal() },
    { keys: ['Escape'], help: 'Close the panel or the suggestions', run: () => (help.open ? help.close() : closePanel()) },
  ];
  bindShortcuts(shortcuts);
  const list = byId('help-keys');
  for (const s of shortcuts) list.append(el('dt', {}, ...s.keys.flatMap((k, i) => [i > 0 ? ' or ' : '', el('kbd', {}, k === ' ' ? 'Space' : k)])), el('dd', {}, s.help));

  window.addEventListener('popstate', () => {
    Object.assign(state, readState(location.search));
    steps = state.expand.length ? [state.expand.slice()] : [];
    filters.set(state.filters);
    void reload(undefined, restoreSelection);
  });

  // A shared selection opens the panel before the layout, which then fits beside it.
  await reload(firstGraph, restoreSelection);
  // Wait until Cytoscape has painted (it draws on animation frames).
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  // The page is usable: the graph is drawn and the search box answers.
  document.documentElement.dataset.ready = 'true';
  // For scripting and tests: the Cytoscape instance and when the page became usable.
  Object.assign(window, { claimgraph: { cy: view.cy, readyAt: performance.now() } });
}

boot().catch((err: unknown) => {
  const status = document.getElementById('status');
  if (status) status.textContent = `The explorer could not start: ${err instanceof Error ? err.message : String(err)}`;
  document.documentElement.dataset.ready = 'error';
});
