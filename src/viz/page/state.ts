import type { EntityTypeName, KindName } from '../api-types.js';

/** The page's filters; the same names are the API's query parameters. */
export interface Filters {
  types?: EntityTypeName[];
  kinds?: KindName[];
  docs?: string[];
  outlets?: string[];
  from?: string;
  to?: string;
  min?: number;
  isolated?: 'hide';
}

/** Everything a shared link restores. */
export interface ViewState {
  filters: Filters;
  /** The entity the view is centred on, with its neighbours. */
  focus?: string;
  /** Entities whose neighbours are shown too (focus mode), in the order they were expanded. */
  expand: string[];
  /** Selected node (entity id) or edge (`rel|speaker|target`) whose statements the panel shows. */
  sel?: string;
  layout?: string;
  webgl?: boolean;
  /** Draw every entity without links too (by default, large graphs draw the most mentioned). */
  all?: boolean;
}

const FILTER_KEYS = ['types', 'kinds', 'docs', 'outlets'] as const;

/** Read the state from a URL's query. */
export function readState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
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
  return {
    filters,
    focus: q.get('focus') ?? undefined,
    expand: (q.get('expand') ?? '').split(',').filter(Boolean),
    sel: q.get('sel') ?? undefined,
    layout: q.get('layout') ?? undefined,
    webgl: q.get('webgl') === '1',
    all: q.get('all') === '1',
  };
}

/** The filters as query parameters (for the API and the URL). */
export function filterParams(filters: Filters): URLSearchParams {
  const q = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = filters[key];
    if (v && v.length > 0) q.set(key, v.join(','));
  }
  if (filters.from) q.set('from', filters.from);
  if (filters.to) q.set('to', filters.to);
  if (filters.min && filters.min > 1) q.set('min', String(filters.min));
  if (filters.isolated) q.set('isolated', filters.isolated);
  return q;
}

/** The state as a query string (`?…`, or empty). */
export function writeState(state: ViewState): string {
  const q = filterParams(state.filters);
  if (state.focus) q.set('focus', state.focus);
  if (state.expand.length > 0) q.set('expand', state.expand.join(','));
  if (state.sel) q.set('sel', state.sel);
  if (state.layout) q.set('layout', state.layout);
  if (state.webgl) q.set('webgl', '1');
  if (state.all) q.set('all', '1');
  const s = q.toString();
  return s ? `?${s}` : '';
}
