import type { StatementView } from '../api-types.js';
import type { StatementQuery } from './api.js';
import { clear, el, formatDate } from './dom.js';
import { sentenceNode } from './sentence-dom.js';

/** What the panel's buttons can ask the page to do. */
export interface PanelActions {
  focus(entityId: string): void;
  showDocument(docId: string, title: string): void;
}

/** The panel's heading: what was clicked, and buttons for it. */
export interface PanelHead {
  title: string;
  subtitle?: string;
  badges?: string[];
  buttons?: { label: string; key?: string; run: () => void }[];
}

const KIND_LABEL: Record<string, string> = { direct: 'direct quote', partial: 'partial quote', indirect: 'reported' };

function who(ref: StatementView['speaker'], actions: PanelActions, cls: string): HTMLElement {
  if (!ref) return el('span', { class: `${cls} unknown` }, 'unknown');
  if (!ref.entityId) return el('span', { class: `${cls} unresolved`, title: 'not resolved to an entity' }, ref.text);
  const id = ref.entityId;
  return el('button', { class: `${cls} link`, type: 'button', title: `Focus on ${ref.name}`, onclick: () => actions.focus(id) }, ref.name);
}

/** One statement as a card: who → whom, kind, cue, sentence, document, confidence. */
export function statementCard(s: StatementView, actions: PanelActions): HTMLElement {
  const head = el(
    'div',
    { class: 'st-head' },
    who(s.speaker, actions, 'st-speaker'),
    s.addressee ? el('span', { class: 'arrow', 'aria-label': 'to' }, ' → ') : null,
    s.addressee ? who(s.addressee, actions, 'st-addressee') : null,
    el('span', { class: `kind k-${s.kind}` }, KIND_LABEL[s.kind] ?? s.kind),
  );
  const cue = s.cue ? el('span', { class: 'st-cue' }, `“${s.cue}”${s.cueClass && s.cueClass !== s.cue ? ` · ${s.cueClass}` : ''}`) : null;
  const body = s.sentence ? sentenceNode(s.sentence) : el('blockquote', { class: 'sentence no-text' }, el('span', { class: 'm-quote' }, s.content));
  const about = s.about.length
    ? el('div', { class: 'st-about' }, 'About ', ...s.about.flatMap((a, i) => [i > 0 ? ', ' : '', el('button', { class: `chip t-${a.type}`, type: 'button', onclick: () => actions.focus(a.id) }, a.name)]))
    : null;
  const title = s.doc.title ?? s.doc.id;
  const doc = el(
    'div',
    { class: 'st-doc' },
    el('span', { class: 'doc-title' }, title),
    el('span', { class: 'doc-meta' }, [s.doc.source, formatDate(s.doc.publishedAt)].filter(Boolean).join(' · ')),
    el('button', { class: 'link doc-more', type: 'button', onclick: () => actions.showDocument(s.doc.id, title) }, 'All statements in this document'),
  );
  const conf = el(
    'span',
    { class: 'st-conf', title: 'extraction confidence' },
    el('meter', { min: 0, max: 1, value: s.confidence, 'aria-label': 'confidence' }),
    ` ${Math.round(s.confidence * 100)}%`,
  );
  return el('article', { class: 'statement', tabindex: 0, 'data-id': s.id }, head, el('div', { class: 'st-sub' }, cue, conf), body, about, doc);
}

/**
 * The side panel: a heading for what was clicked and the list of its statements, fetched a
 * page at a time.
 */
export class Panel {
  private token = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly body: HTMLElement,
    private readonly headEl: HTMLElement,
    private readonly actions: PanelActions,
    private readonly fetchPage: (q: StatementQuery, offset: number) => Promise<{ total: number; statements: StatementView[] }>,
  ) {}

  get open(): boolean {
    return !this.root.hidden;
  }

  async show(head: PanelHead, query: StatementQuery | null): Promise<void> {
    const token = ++this.token;
    this.root.hidden = false;
    clear(this.headEl);
    this.headEl.append(
      el('h2', { id: 'panel-title' }, head.title),
      head.subtitle ? el('p', { class: 'panel-sub' }, head.subtitle) : '',
      el('div', { class: 'badges' }, ...(head.badges ?? []).map((b) => el('span', { class: 'badge' }, b))),
      el('div', { class: 'panel-buttons' }, ...(head.buttons ?? []).map((b) => el('button', { type: 'button', onclick: b.run, title: b.key ? `shortcut: ${b.key}` : undefined }, b.label))),
    );
    clear(this.body);
    if (!query) return;
    this.body.append(el('p', { class: 'loading' }, 'Loading statements…'));
    await this.loadMore(query, 0, token);
  }

  private async loadMore(query: StatementQuery, offset: number, token: number): Promise<void> {
    let page;
    try {
      page = await this.fetchPage(query, offset);
    } catch (err) {
      if (token === this.token) this.body.replaceChildren(el('p', { class: 'error' }, (err as Error).message));
      return;
    }
    if (token !== this.token) return;
    this.body.querySelector('.loading, .more')?.remove();
    if (offset === 0) {
      this.body.append(el('p', { class: 'count', id: 'statement-count' }, page.total === 1 ? '1 statement' : `${page.total} statements`));
      if (page.total === 0) this.body.append(el('p', { class: 'empty' }, 'No statement within the current filters.'));
    }
    for (const s of page.statements) this.body.append(statementCard(s, this.actions));
    const next = offset + page.statements.length;
    if (next < page.total) {
      this.body.append(el('button', { class: 'more', type: 'button', onclick: () => void this.loadMore(query, next, token) }, `Show more (${page.total - next} left)`));
    }
  }

  close(): void {
    this.token++;
    this.root.hidden = true;
  }
}
