import type { EntityEntry } from '../api-types.js';
import { clear, el } from './dom.js';
import { EntityMatcher } from './match.js';

/**
 * The type-ahead box (ARIA combobox): arrows move through the suggestions, Enter picks,
 * Escape closes. Picking calls `onPick` with the entity.
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
    if (this.input.value.trim() && matches.length === 0) this.list.appendChild(el('li', { class: 'result none' }, 'No entity by that name'));
    this.list.hidden = this.list.childElementCount === 0;
    this.input.setAttribute('aria-expanded', String(!this.list.hidden));
    this.highlight();
  }

  private key(ev: KeyboardEvent): void {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (this.results.length === 0) return;
      ev.preventDefault();
      const step = ev.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.results.length) % this.results.length;
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
    if (!entry) return;
    this.input.value = entry.name;
    this.close();
    this.onPick(entry);
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
