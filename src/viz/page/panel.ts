import type { StatementView } from '../api-types.js';
import { statementCard, type CardActions } from './cards.js';
import { clear, el } from './dom.js';

/** The panel's heading: what was clicked, and buttons for it. */
export interface PanelHead {
  title: string;
  subtitle?: string;
  badges?: string[];
  buttons?: { label: string; key?: string; run: () => void }[];
}

/** One page of statements. */
export type PageFetcher = (offset: number) => Promise<{ total: number; statements: StatementView[] }>;

/**
 * A list of statement cards fetched a page at a time into `into`, with a count and "Show more".
 * `isCurrent` tells whether the list is still the one wanted (a newer one may have replaced it).
 */
export async function listStatements(into: HTMLElement, fetchPage: PageFetcher, actions: CardActions, isCurrent: () => boolean, offset = 0): Promise<void> {
  if (offset === 0) into.replaceChildren(el('p', { class: 'loading' }, 'Loading statements…'));
  let page;
  try {
    page = await fetchPage(offset);
  } catch (err) {
    if (isCurrent()) into.replaceChildren(el('p', { class: 'error' }, (err as Error).message));
    return;
  }
  if (!isCurrent()) return;
  into.querySelector('.loading, .more')?.remove();
  if (offset === 0) {
    into.append(el('p', { class: 'count', id: 'statement-count' }, page.total === 1 ? '1 statement' : `${page.total} statements`));
    if (page.total === 0) into.append(el('p', { class: 'empty' }, 'No statement within the current filters.'));
  }
  for (const s of page.statements) into.append(statementCard(s, actions));
  const next = offset + page.statements.length;
  if (next < page.total) {
    into.append(el('button', { class: 'more', type: 'button', onclick: () => void listStatements(into, fetchPage, actions, isCurrent, next) }, `Show more (${page.total - next} left)`));
  }
  into.dataset.loaded = 'true';
}

/**
 * The side panel: a heading for what was clicked, and a body that a view fills (a list of
 * statements, an entity's profile). `show` returns a token; `current(token)` tells whether that
 * content is still the one shown.
 */
export class Panel {
  private token = 0;
  private refresher: (() => void) | undefined;

  constructor(
    private readonly root: HTMLElement,
    readonly body: HTMLElement,
    private readonly headEl: HTMLElement,
  ) {}

  get open(): boolean {
    return !this.root.hidden;
  }

  /** Set the heading, empty the body; `refresh` re-draws the content (when the filters change). */
  show(head: PanelHead, refresh?: () => void): number {
    const token = ++this.token;
    this.refresher = refresh;
    this.root.hidden = false;
    clear(this.headEl);
    this.headEl.append(
      el('h2', { id: 'panel-title' }, head.title),
      head.subtitle ? el('p', { class: 'panel-sub' }, head.subtitle) : '',
      el('div', { class: 'badges' }, ...(head.badges ?? []).map((b) => el('span', { class: 'badge' }, b))),
      el('div', { class: 'panel-buttons' }, ...(head.buttons ?? []).map((b) => el('button', { type: 'button', onclick: b.run, title: b.key ? `shortcut: ${b.key}` : undefined }, b.label))),
    );
    clear(this.body);
    delete this.body.dataset.loaded;
    return token;
  }

  current(token: number): boolean {
    return token === this.token;
  }

  /** Draw the open content again (the filters changed). */
  refresh(): void {
    if (this.open) this.refresher?.();
  }

  close(): void {
    this.token++;
    this.refresher = undefined;
    this.root.hidden = true;
  }
}
