import type { CypherResponse, EntityEntry } from '../api-types.js';
import { api } from './api.js';
import { App } from './app.js';
import { CypherBox, drawCypherResult } from './cypher-box.js';
import { byId, download, el } from './dom.js';
import { exportGraphml, exportJson, stamp } from './exports.js';
import { FiltersForm } from './filters-form.js';
import { bindShortcuts, type Shortcut } from './keyboard.js';
import { LAYOUTS } from './layouts.js';
import { viewPng } from './png.js';
import { SearchBox } from './search.js';
import { readState } from './state.js';

/** The explorer page: loads the metadata, the search index and the first view, and wires the controls. */
async function boot(): Promise<void> {
  const state = readState(location.search);
  // The graph is asked for at once, beside the metadata and the search index.
  const firstGraph = api.graph(state);
  firstGraph.catch(() => undefined);
  // The search index is the largest answer: the graph is drawn while it arrives.
  const index = api.entities();
  index.catch(() => undefined);
  const meta = await api.meta();
  performance.mark('cg:meta');
  const app = new App(state, meta, new Map<string, EntityEntry>());
  const { view } = app;

  document.title = `claimgraph · ${meta.label.split('/').pop()}`;
  byId('source-label').textContent = `${meta.source === 'neo4j' ? 'Neo4j' : 'snapshot'} · ${meta.counts.documents.toLocaleString('en')} documents · ${meta.counts.statements.toLocaleString('en')} statements${meta.hasTexts ? '' : ' · no document texts (statements shown without their sentences)'}`;
  byId('stance-filter').classList.toggle('unjudged', !meta.hasStance);
  byId('panel-close').addEventListener('click', () => app.closePanel());

  const caption = () => {
    const focus = state.focus ? app.byEntity.get(state.focus)?.name : undefined;
    const filters = Object.entries(state.filters).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`).join('; ');
    return {
      title: focus ? `Who said what around ${focus}` : state.q ? `Who said “${state.q}”` : 'Who said what about whom',
      subtitle: `${meta.label.split('/').pop()} · ${filters || 'no filters'}`,
    };
  };
  const png = async () => download(await viewPng(view.cy, caption()), `claimgraph-${stamp()}.png`);
  const edgeStatements = async () => (await api.edgeStatements(view.cy.edges().map((e) => e.id()), state.filters)).edges;

  // Toolbar.
  const layoutSelect = byId<HTMLSelectElement>('layout');
  for (const l of LAYOUTS) layoutSelect.append(el('option', { value: l.value }, l.label));
  layoutSelect.value = state.layout ?? 'auto';
  layoutSelect.addEventListener('change', () => {
    state.layout = layoutSelect.value === 'auto' ? undefined : layoutSelect.value;
    app.save();
    void app.redraw();
  });
  const toggleTable = (open?: boolean) => {
    app.table.toggle(open);
    byId('table-toggle').setAttribute('aria-expanded', String(app.table.open));
  };
  byId('fit').addEventListener('click', () => view.fit());
  byId('table-toggle').addEventListener('click', () => toggleTable());
  byId('table-close').addEventListener('click', () => toggleTable(false));
  byId('show-more').addEventListener('click', () => app.showMore());
  byId('show-all').addEventListener('click', () => {
    state.budget = undefined;
    void app.reload();
  });
  byId('export-png').addEventListener('click', () => void png());
  byId('export-json').addEventListener('click', async () => exportJson(view.cy, await edgeStatements()));
  byId('export-graphml').addEventListener('click', async () => exportGraphml(view.cy, await edgeStatements()));
  byId('focus-more').addEventListener('click', () => app.step(1));
  byId('focus-less').addEventListener('click', () => app.step(-1));
  byId('focus-clear').addEventListener('click', () => app.clearFocus());
  byId('cypher-back').addEventListener('click', () => void app.redraw());
  const showCypherGraph = (result: CypherResponse) => {
    drawCypherResult(view.cy, result);
    byId('cypher-banner').hidden = false;
    app.status(`Cypher result: ${result.graph.nodes.length} nodes, ${result.graph.edges.length} relationships`);
    void view.layout('fcose-proof');
  };
  const cypher = meta.cypher ? new CypherBox(showCypherGraph) : null;
  byId('cypher-toggle').hidden = !cypher;
  byId('cypher-toggle').addEventListener('click', () => cypher?.toggle());
  const help = byId<HTMLDialogElement>('help');
  byId('help-btn').addEventListener('click', () => help.showModal());
  byId('help-close').addEventListener('click', () => help.close());
  byId('filters-toggle').addEventListener('click', () => document.body.classList.toggle('no-filters'));

  // The filters: the graph, the open panel and the table follow them.
  const filters = new FiltersForm(meta, (f) => {
    state.filters = f;
    app.save();
    void app.reload();
    app.panel.refresh();
    if (app.table.open) void app.table.load();
  });
  filters.set(state.filters);

  const searchInput = byId<HTMLInputElement>('search');

  const selected = () => (state.sel && app.byEntity.has(state.sel) ? state.sel : undefined);
  const shortcuts: Shortcut[] = [
    { keys: ['/'], help: 'Find an entity, or search the statements', run: () => {
      searchInput.focus();
      searchInput.select();
    } },
    { keys: ['f'], help: 'Fit the graph to the screen', run: () => view.fit() },
    { keys: ['+', '='], help: 'Focus mode: one more step out (the strongest new neighbours)', run: () => app.step(1) },
    { keys: ['-', '_'], help: 'Focus mode: take the last step back', run: () => app.step(-1) },
    { keys: ['m'], help: 'Overview: show more entities', run: () => !state.focus && app.showMore() },
    { keys: ['e'], help: 'Expand or collapse the selected entity', run: () => selected() && app.toggleExpand(selected()!) },
    { keys: ['Enter'], help: 'Focus on the selected entity', run: () => selected() && app.focusOn(selected()!) },
    { keys: ['n', 'j'], help: 'Select the next entity (largest first)', run: () => stepSelection(1) },
    { keys: ['p', 'k'], help: 'Select the previous entity', run: () => stepSelection(-1) },
    { keys: ['x'], help: 'Leave focus mode (back to the overview)', run: () => app.clearFocus() },
    { keys: ['t'], help: 'Show or hide the statements table', run: () => toggleTable() },
    { keys: ['l'], help: 'Choose a layout', run: () => layoutSelect.focus() },
    { keys: ['g'], help: 'Show or hide the filters', run: () => document.body.classList.toggle('no-filters') },
    { keys: ['s'], help: 'Save the view as PNG (with title, legend and date)', run: () => void png() },
    ...(cypher ? [{ keys: ['c'], help: 'Open the Cypher box', run: () => cypher.toggle() }] : []),
    { keys: ['?'], help: 'This help', run: () => help.showModal() },
    { keys: ['Escape'], help: 'Close the article, the panel or the suggestions', run: () => (help.open ? help.close() : app.reader.open ? app.reader.close() : app.closePanel()) },
  ];
  bindShortcuts(shortcuts);
  const list = byId('help-keys');
  for (const s of shortcuts) list.append(el('dt', {}, ...s.keys.flatMap((k, i) => [i > 0 ? ' or ' : '', el('kbd', {}, k)])), el('dd', {}, s.help));

  /** Keyboard walk through the drawn entities, biggest first. */
  function stepSelection(dir: 1 | -1): void {
    const nodes = view.entities().sort((a, b) => Number(b.data('size')) - Number(a.data('size')) || (a.id() < b.id() ? -1 : 1));
    if (nodes.length === 0) return;
    const at = state.sel ? nodes.toArray().findIndex((x) => x.id() === state.sel) : -1;
    const next = nodes[(at + dir + nodes.length) % nodes.length]!;
    app.selectNode(next.id());
    view.centre(next.id());
  }

  window.addEventListener('popstate', () => {
    filters.set(readState(location.search).filters);
    app.restore();
  });

  app.showSearchChip();
  if (state.q) toggleTable(true);
  // A shared selection of an entity opens the panel before the layout, which then fits beside it.
  const selEntity = state.sel !== undefined && !state.sel.includes('|');
  if (selEntity) app.openEntity(state.sel!);
  const drawn = app.reload(firstGraph);
  const entries = await index;
  for (const e of entries) app.byEntity.set(e.id, e);
  performance.mark('cg:index');
  new SearchBox(searchInput, byId<HTMLUListElement>('search-results'), entries, (e) => app.focusOn(e.id), (text) => app.searchStatements(text));
  await drawn;
  if (state.sel && !selEntity) app.restoreSelection();
  if (state.doc) void app.openDocument(state.doc);
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
