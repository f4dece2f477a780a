import type { DocumentView, TextMark } from '../api-types.js';
import { statementCard, sourceLink, type CardActions } from './cards.js';
import { clear, el, formatDate } from './dom.js';

const CLASS: Record<TextMark['kind'], string> = {
  statement: 'r-statement',
  speaker: 'r-speaker',
  cue: 'r-cue',
  mention: 'r-mention',
  stance: 'm-stance',
};

/**
 * The article's text with its marks: cut at every mark boundary, each piece a text node in a
 * span carrying the classes of the marks over it (never parsed as markup). A piece inside a
 * statement carries the statement's id, so a click on it shows that statement.
 */
export function markedText(text: string, marks: TextMark[]): HTMLElement {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const block = el('div', { class: 'article-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const covering: TextMark[] = [];
    // Marks are sorted by start: none after the first that starts beyond this piece covers it.
    for (let j = 0; j < marks.length && marks[j]!.start <= a; j++) if (marks[j]!.end >= b) covering.push(marks[j]!);
    const piece = text.slice(a, b);
    if (covering.length === 0) {
      block.append(piece);
      continue;
    }
    const classes = new Set(covering.flatMap((m) => [CLASS[m.kind], ...(m.stance ? [`m-${m.stance}`] : [])]));
    const statement = covering.find((m) => m.kind === 'statement' || m.statementId);
    block.append(el('span', { class: [...classes].join(' '), ...(statement?.statementId ? { 'data-statement': statement.statementId } : {}) }, piece));
  }
  return block;
}

/**
 * The reader: the article over the graph, with its title, outlet, date, author and source link,
 * its text with every statement and mention marked, and the cards of its statements beside it.
 * A click on a marked statement shows its card.
 */
export class Reader {
  constructor(
    private readonly root: HTMLElement,
    private readonly actions: CardActions,
    private readonly onClose: () => void,
  ) {
    root.querySelector('.reader-close')!.addEventListener('click', () => this.close());
    root.querySelector('.reader-text')!.addEventListener('click', (ev) => {
      const id = (ev.target as HTMLElement).closest<HTMLElement>('[data-statement]')?.dataset.statement;
      if (id) this.point(id);
    });
  }

  get open(): boolean {
    return !this.root.hidden;
  }

  show(doc: DocumentView, statementId?: string): void {
    this.root.hidden = false;
    const head = this.root.querySelector('.reader-head')!;
    clear(head);
    head.append(
      el('h2', { id: 'reader-title' }, doc.title ?? doc.id),
      el('p', { class: 'doc-meta' }, [doc.source, formatDate(doc.publishedAt), doc.author ? `by ${doc.author}` : '', doc.id].filter(Boolean).join(' · ')),
      doc.url ? el('p', {}, 'Source: ', sourceLink(doc.url)) : el('p', { class: 'muted' }, 'No source URL in the snapshot.'),
    );
    const body = this.root.querySelector('.reader-text')!;
    const cards = this.root.querySelector('.reader-cards')!;
    clear(body);
    clear(cards);
    if (doc.text === null) body.append(el('p', { class: 'muted' }, 'The server was not given this document’s text (serve with --docs): its statements are listed beside.'));
    else body.append(markedText(doc.text, doc.marks));
    cards.append(el('p', { class: 'count' }, `${doc.statements.length} statement${doc.statements.length === 1 ? '' : 's'}`));
    for (const s of doc.statements) cards.append(statementCard(s, this.actions));
    if (statementId) this.point(statementId);
  }

  /** Bring a statement into view in the text and among the cards, and mark it. */
  point(id: string): void {
    for (const n of this.root.querySelectorAll('.pointed')) n.classList.remove('pointed');
    const card = this.root.querySelector<HTMLElement>(`.reader-cards [data-id="${CSS.escape(id)}"]`);
    const spans = this.root.querySelectorAll<HTMLElement>(`.reader-text [data-statement="${CSS.escape(id)}"]`);
    card?.classList.add('pointed');
    for (const s of spans) s.classList.add('pointed');
    card?.scrollIntoView({ block: 'nearest' });
    spans[0]?.scrollIntoView({ block: 'center' });
  }

  close(): void {
    if (this.root.hidden) return;
    this.root.hidden = true;
    this.onClose();
  }
}
