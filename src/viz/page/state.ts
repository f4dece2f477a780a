import type { EntityTypeName, KindName, StanceName } from '../api-types.js';

/** The page's filters; the same names are the API's query parameters. */
export interface Filters {
  types?: EntityTypeName[];
  kinds?: KindName[];
  stances?: StanceName[];
  docs?: string[];
  outlets?: string[];
  from?: string;
  to?: string;
  min?: number;
  isolated?: 'hide';
}

/** The sides of the statements table's role tabs in a profile. */
export type Role = 'said' | 'to' | 'about';

/** Everything a shared link restores. */
export interface ViewState {
  filters: Filters;
  /** The entity the view is centred on, with its strongest neighbours. */
  focus?: string;
  /** Steps out from the focus (1 when absent). */
  steps: number;
  /** Entities whose strongest neighbours are drawn too (focus mode), in the order they were expanded. */
  expand: string[];
  /** Most entities drawn in the overview and added per step (default: the server's, 150). */
  budget?: number;
  /** Selected node (entity id) or edge (`rel|speaker|target`) whose statements the panel shows. */
  sel?: string;
  /** The profile's open tab. */
  role?: Role;
  layout?: string;
  webgl?: boolean;
  /** Draw everything in the filters instead of a summary. */
  all?: boolean;
  /** A statement search. */
  q?: string;
  /** The document open in the reader. */
  doc?: string;
  /** The statements table's order. */
  sort?: string;
}

const LIST_KEYS = ['types', 'kinds', 'stances', 'docs', 'outlets'] as const;

/** Read the state from a URL's query. */
export function readState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of LIST_KEYS) {
    const v = q.get(key);
    if (v) (filters as Record<string, string[]>)[key] = v.split(',').filter(Boolean);
  }
  const from = q.get('from');
  const to = q.get('to');
  const min = Number(q.get('min'));
  if (from) filters.from = from;
  if (to) filters.to = to;
  if (Number.isInteger(min) && min > 1) filters.min = min;
  if (q.get('isolated') === 'hide') filters.isolated = 'hide';
  const steps = Number(q.get('steps'));
  const budget = Number(q.get('budget'));
  const role = q.get('role');
  return {
    filters,
    focus: q.get('focus') ?? undefined,
    steps: Number.isInteger(steps) && steps >= 1 && steps <= 10 ? steps : 1,
    expand: (q.get('expand') ?? '').split(',').filter(Boolean),
    budget: Number.isInteger(budget) && budget >= 10 ? budget : undefined,
    sel: q.get('sel') ?? undefined,
    role: role === 'said' || role === 'to' || role === 'about' ? role : undefined,
    layout: q.get('layout') ?? undefined,
    webgl: q.get('webgl') === '1',
    all: q.get('all') === '1',
    q: q.get('q') ?? undefined,
    doc: q.get('doc') ?? undefined,
    sort: q.get('sort') ?? undefined,
  };
}

/** The filters as query parameters (for the API and the URL). */
export function filterParams(filters: Filters): URLSearchParams {
  const q = new URLSearchParams();
  for (const key of LIST_KEYS) {
    const v = filters[key];
    if (v && v.length > 0) q.set(key, v.join(','));
  }
  if (filters.from) q.set('from', filters.from);
  if (filters.to) q.set('to', filters.to);
  if (filters.min && filters.min > 1) q.set('min', String(filters.min));
  if (filters.isolated) q.set('isolated', filters.isolated);
  return q;
}

/** What to ask `/api/graph` for: the filters and the view. */
export function graphParams(state: ViewState): URLSearchParams {
  const q = filterParams(state.filters);
  if (state.focus) {
    q.set('focus', state.focus);
    if (state.steps > 1) q.set('steps', String(state.steps));
    if (state.expand.length > 0) q.set('expand', state.expand.join(','));
  } else if (state.all) q.set('all', '1');
  if (state.budget) q.set('budget', String(state.budget));
  return q;
}

/** The state as a query string (`?…`, or empty). */
export function writeState(state: ViewState): string {
  const q = graphParams(state);
  if (state.all && state.focus) q.set('all', '1');
  if (state.sel) q.set('sel', state.sel);
  if (state.role) q.set('role', state.role);
  if (state.layout) q.set('layout', state.layout);
  if (state.webgl) q.set('webgl', '1');
  if (state.q) q.set('q', state.q);
  if (state.doc) q.set('doc', state.doc);
  if (state.sort) q.set('sort', state.sort);
  const s = q.toString();
  return s ? `?${s}` : '';
}
