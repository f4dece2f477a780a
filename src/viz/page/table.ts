import type { StatementsResponse, StatementView } from '../api-types.js';
import { clear, el, formatDate } from './dom.js';
import { fold } from './match.js';

/** The table's columns: header, the API's sort key (if sortable), the cell. */
const COLUMNS: { label: string; sort?: string; cell: (s: StatementView) => string }[] = [
  { label: 'Date', sort: 'date', cell: (s) => formatDate(s.doc.publishedAt) },
  { label: 'Outlet', sort: 'outlet', cell: (s) => s.doc.source ?? '' },
  { label: 'Speaker', sort: 'speaker', cell: (s) => s.speaker?.name ?? '' },
  { label: 'Cue', sort: 'cue', cell: (s) => s.cue ?? '' },
  { label: 'To', sort: 'addressee', cell: (s) => s.addressee?.name ?? '' },
  { label: 'About', cell: (s) => s.about.map((a) => a.name).join(', ') },
  { label: 'Kind', sort: 'kind', cell: (s) => s.kind },
];

/** The quote with the searched words marked (as text nodes and <mark>s, never markup). */
function quoteCell(text: string, query: string): HTMLElement {
  const td = el('td', { class: 'quote' });
  const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  if (words.length === 0) {
    td.textContent = text;
    return td;
  }
  const folded = fold(text);
  // fold() keeps lengths only when no accent is removed; otherwise show the quote unmarked.
  if (folded.length !== text.length) {
    td.textContent = text;
    return td;
  }
  const re = new RegExp(`\\b(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(e?s)?\\b`, 'gu');
  let at = 0;
  for (const m of folded.matchAll(re)) {
    td.append(text.slice(at, m.index), el('mark', {}, text.slice(m.index, m.index + m[0].length)));
    at = m.index + m[0].length;
  }
  td.append(text.slice(at));
  return td;
}

export interface TableSource {
  /** What the table lists now, in words ("Tony Blair", "all statements in the filters"). */
  describe(): string;
  fetch(offset: number, sort: string | undefined): Promise<StatementsResponse>;
  query(): string;
}

/**
 * The statements table under the graph: sortable by date, outlet, speaker, cue, addressee and
 * kind; a row opens the statement's card in the panel. It lists what `source` gives (the
 * filters, the graph's selection, a search), 50 rows at a time.
 */
export class StatementsTable {
  private token = 0;
  sort: string | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly source: TableSource,
    private readonly onRow: (s: StatementView) => void,
    private readonly onSpeakers: (speakers: StatementsResponse['speakers']) => void,
    private readonly onSort: (sort: string | undefined) => void,
  ) {}

  get open(): boolean {
    return !this.root.hidden;
  }

  toggle(open = !this.open): void {
    this.root.hidden = !open;
    if (open) void this.load();
  }

  /** Fetch and draw the first page again. */
  async load(): Promise<void> {
    const token = ++this.token;
    const root = this.root;
    root.dataset.loaded = 'false';
    let page: StatementsResponse;
    try {
      page = await this.source.fetch(0, this.sort);
    } catch (err) {
      if (token === this.token) root.querySelector('.table-body')!.replaceChildren(el('p', { class: 'error' }, (err as Error).message));
      return;
    }
    if (token !== this.token) return;
    this.onSpeakers(page.speakers);
    const head = el('tr', {}, ...COLUMNS.map((c) => this.header(c.label, c.sort)), el('th', { scope: 'col' }, 'Quote'));
    const tbody = el('tbody');
    const table = el('table', { class: 'st-table', id: 'statements-table' }, el('thead', {}, head), tbody);
    this.rows(tbody, page.statements);
    const title = root.querySelector('.table-title')!;
    title.textContent = `${page.total.toLocaleString('en')} statement${page.total === 1 ? '' : 's'} · ${this.source.describe()}`;
    const body = root.querySelector('.table-body')!;
    clear(body);
    body.append(table);
    this.more(body, tbody, page.statements.length, page.total, token);
    root.dataset.loaded = 'true';
  }

  private header(label: string, sort: string | undefined): HTMLElement {
    if (!sort) return el('th', { scope: 'col' }, label);
    const state = this.sort === sort ? 'ascending' : this.sort === `-${sort}` ? 'descending' : 'none';
    const next = state === 'ascending' ? `-${sort}` : state === 'descending' ? undefined : sort;
    return el('th', { scope: 'col', 'aria-sort': state }, el('button', { type: 'button', class: 'sort', 'data-sort': sort, onclick: () => { this.sort = next === '-outlet' || next === '-speaker' || next === '-cue' || next === '-addressee' || next === '-kind' ? undefined : next; this.onSort(this.sort); void this.load(); } }, label, state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ''));
  }

  private rows(tbody: HTMLElement, statements: StatementView[]): void {
    const query = this.source.query();
    for (const s of statements) {
      const row = el('tr', { tabindex: 0, 'data-id': s.id, onclick: () => this.onRow(s), onkeydown: (ev: Event) => (ev as KeyboardEvent).key === 'Enter' && this.onRow(s) }, ...COLUMNS.map((c) => el('td', {}, c.cell(s))), quoteCell(s.content, query));
      tbody.append(row);
    }
  }

  private more(body: Element, tbody: HTMLElement, shown: number, total: number, token: number): void {
    if (shown >= total) return;
    const button = el('button', { class: 'more', type: 'button' }, `Show more (${(total - shown).toLocaleString('en')} left)`);
    button.addEventListener('click', async () => {
      button.remove();
      const page = await this.source.fetch(shown, this.sort);
      if (token !== this.token) return;
      this.rows(tbody, page.statements);
      this.more(body, tbody, shown + page.statements.length, total, token);
    });
    body.append(button);
  }
}
