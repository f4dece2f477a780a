import type { EntityTypeName, KindName, MetaResponse, StanceName } from '../api-types.js';
import { byId, el, formatDate } from './dom.js';
import type { Filters } from './state.js';

const TYPES: EntityTypeName[] = ['Person', 'Organization', 'Place'];
const KINDS: KindName[] = ['direct', 'partial', 'indirect'];
const STANCES: StanceName[] = ['support', 'oppose', 'neutral'];

function checked(name: string): string[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].filter((i) => i.checked).map((i) => i.value);
}

/**
 * The filter sidebar (its markup is in index.html; the document and outlet lists are filled
 * from the metadata). `onChange` gets the filters after every edit, debounced.
 */
export class FiltersForm {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The filters last applied, as JSON. */
  private last = '{}';
  /** Fill the document list (once). */
  private fillDocuments: () => void;

  constructor(meta: MetaResponse, private readonly onChange: (f: Filters) => void) {
    const outlet = byId<HTMLSelectElement>('f-outlet');
    for (const o of meta.outlets) outlet.append(el('option', { value: o }, o));
    outlet.disabled = meta.outlets.length === 0;
    // Thousands of documents: listed when the list is first used (or set), not before the first view.
    const doc = byId<HTMLSelectElement>('f-doc');
    this.fillDocuments = () => {
      this.fillDocuments = () => undefined;
      const docs = [...meta.documents].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || (a.title ?? a.id).localeCompare(b.title ?? b.id));
      for (const d of docs) {
        const label = `${d.title ?? d.id}${d.publishedAt ? ` (${formatDate(d.publishedAt)})` : ''}`;
        doc.append(el('option', { value: d.id }, label.length > 90 ? `${label.slice(0, 88)}…` : label));
      }
    };
    for (const type of ['focus', 'pointerdown']) doc.addEventListener(type, () => this.fillDocuments());
    for (const id of ['f-from', 'f-to']) {
      const input = byId<HTMLInputElement>(id);
      if (meta.dates.min) input.min = meta.dates.min;
      if (meta.dates.max) input.max = meta.dates.max;
      input.disabled = !meta.dates.min;
    }
    const form = byId<HTMLFormElement>('filters-form');
    // A box or a list applies at once (after the click's events); typed numbers and dates once the typing pauses.
    const onEdit = (ev: Event) => {
      const t = ev.target as HTMLInputElement;
      this.changed(t.type === 'checkbox' || t.tagName === 'SELECT' ? 30 : 250);
    };
    form.addEventListener('input', onEdit);
    form.addEventListener('change', onEdit);
    form.addEventListener('submit', (ev) => ev.preventDefault());
    byId('f-reset').addEventListener('click', () => {
      this.set({});
      this.last = '';
      this.changed(0);
    });
  }

  /** Show these filters in the form. */
  set(f: Filters): void {
    this.last = JSON.stringify(f);
    for (const i of document.querySelectorAll<HTMLInputElement>('input[name="type"]')) i.checked = !f.types || f.types.includes(i.value as EntityTypeName);
    for (const i of document.querySelectorAll<HTMLInputElement>('input[name="kind"]')) i.checked = !f.kinds || f.kinds.includes(i.value as KindName);
    for (const i of document.querySelectorAll<HTMLInputElement>('input[name="stance"]')) i.checked = !f.stances || f.stances.includes(i.value as StanceName);
    byId<HTMLSelectElement>('f-outlet').value = f.outlets?.[0] ?? '';
    if (f.docs) this.fillDocuments();
    byId<HTMLSelectElement>('f-doc').value = f.docs?.[0] ?? '';
    byId<HTMLInputElement>('f-from').value = f.from ?? '';
    byId<HTMLInputElement>('f-to').value = f.to ?? '';
    byId<HTMLInputElement>('f-min').value = String(f.min ?? 1);
    byId<HTMLInputElement>('f-isolated').checked = f.isolated === 'hide';
  }

  /** Read the form. All boxes ticked means no filter (so a shared URL stays short). */
  read(): Filters {
    const f: Filters = {};
    const types = checked('type') as EntityTypeName[];
    if (types.length < TYPES.length) f.types = types.length ? types : ['Person'];
    const kinds = checked('kind') as KindName[];
    if (kinds.length < KINDS.length) f.kinds = kinds.length ? kinds : ['direct'];
    const stances = checked('stance') as StanceName[];
    if (stances.length < STANCES.length) f.stances = stances.length ? stances : ['support'];
    const outlet = byId<HTMLSelectElement>('f-outlet').value;
    if (outlet) f.outlets = [outlet];
    const doc = byId<HTMLSelectElement>('f-doc').value;
    if (doc) f.docs = [doc];
    const from = byId<HTMLInputElement>('f-from').value;
    const to = byId<HTMLInputElement>('f-to').value;
    if (from) f.from = from;
    if (to) f.to = to;
    const min = Number(byId<HTMLInputElement>('f-min').value);
    if (Number.isInteger(min) && min > 1) f.min = Math.min(min, 100_000);
    if (byId<HTMLInputElement>('f-isolated').checked) f.isolated = 'hide';
    return f;
  }

  private changed(delay: number): void {
    clearTimeout(this.timer);
    const apply = () => {
      const next = this.read();
      // 'input' and 'change' both fire for one click on a box: apply it once.
      if (JSON.stringify(next) === this.last) return;
      this.last = JSON.stringify(next);
      this.onChange(next);
    };
    this.timer = setTimeout(apply, delay);
  }
}
