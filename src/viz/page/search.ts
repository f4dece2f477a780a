import type { EntityEntry } from '../api-types.js';
import { clear, el } from './dom.js';
import { EntityMatcher } from './match.js';

/**
 * The type-ahead box (ARIA combobox): entities by name, and last "Search the statements for …"
 * (the only and chosen suggestion when no entity matches). Arrows move through the suggestions,
 * Enter picks, Escape closes. Picking an entity calls `onPick`; the search, `onSearch`.
 */
export class SearchBox {
  private matcher: EntityMatcher | null = null;
  private results: EntityEntry[] = [];
  private readonly entries: EntityEntry[];
  private active = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    entries: EntityEntry[],
    private readonly onPick: (entry: EntityEntry) => void,
    private readonly onSearch: (text: string) => void,
  ) {
    // Indexed on first use, so that building it does not delay the first drawing.
    this.entries = entries;
    input.addEventListener('input', () => this.update());
    input.addEventListener('keydown', (ev) => this.key(ev));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    input.addEventListener('focus', () => this.update());
  }

  private update(): void {
    this.matcher ??= new EntityMatcher(this.entries);
    const matches = this.matcher.search(this.input.value);
    this.results = matches.map((m) => m.entry);
    this.active = matches.length > 0 ? 0 : -1;
    clear(this.list);
    matches.forEach((m, i) => {
      const item = el(
        'li',
        { id: `sr-${i}`, role: 'option', class: 'result', 'data-type': m.entry.type, 'aria-selected': i === this.active ? 'true' : 'false' },
        el('span', { class: `type-dot t-${m.entry.type}`, 'aria-hidden': 'true' }),
        el('span', { class: 'result-name' }, m.entry.name),
        m.via ? el('span', { class: 'result-via' }, ` “${m.via}”`) : null,
        el('span', { class: 'result-weight', title: 'quoted + mentioned' }, String(m.entry.weight)),
      );
      item.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        this.pick(i);
      });
      this.list.appendChild(item);
    });
    const text = this.input.value.trim();
    if (text) {
      const i = matches.length;
      const item = el('li', { id: `sr-${i}`, role: 'option', class: 'result statements', 'aria-selected': 'false' }, el('span', { class: 'result-icon', 'aria-hidden': 'true' }, '❝'), el('span', { class: 'result-name' }, `Search the statements for “${text}”`));
      item.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        this.pick(i);
      });
      this.list.appendChild(item);
      if (matches.length === 0) this.active = 0;
    }
    this.list.hidden = this.list.childElementCount === 0;
    this.input.setAttribute('aria-expanded', String(!this.list.hidden));
    this.highlight();
  }

  private key(ev: KeyboardEvent): void {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      const n = this.list.childElementCount;
      if (n === 0) return;
      ev.preventDefault();
      const step = ev.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + n) % n;
      this.highlight();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (this.active >= 0) this.pick(this.active);
    } else if (ev.key === 'Escape') {
      this.close();
      this.input.blur();
    }
  }

  private highlight(): void {
    [...this.list.children].forEach((li, i) => li.setAttribute('aria-selected', i === this.active ? 'true' : 'false'));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `sr-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private pick(i: number): void {
    const entry = this.results[i];
    if (!entry) {
      const text = this.input.value.trim();
      if (!text) return;
      this.close();
      this.onSearch(text);
      return;
    }
    this.input.value = entry.name;
    this.close();
    this.onPick(entry);
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
