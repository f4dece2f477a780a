import type { CypherResponse, DocumentView, EdgeStatementsResponse, EntityEntry, EntityProfile, GraphResponse, MetaResponse, StatementsResponse } from '../api-types.js';
import { filterParams, graphParams, type Filters, type ViewState } from './state.js';

/** An API error, with the server's one-line message. */
export class ApiError extends Error {
  override name = 'ApiError';
}

/** The server's CSRF token: every API answer carries it; POSTs send it back (see security.ts). */
let csrf = '';

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { credentials: 'same-origin', ...init, headers: { ...(init?.headers as Record<string, string>), 'X-Claimgraph-Csrf': csrf } });
  csrf = res.headers.get('X-Claimgraph-Csrf') ?? csrf;
  const body = (await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }))) as T & { error?: string };
  if (!res.ok) throw new ApiError(body.error ?? `${res.status} ${res.statusText}`);
  return body;
}

function post<T>(path: string, body: unknown): Promise<T> {
  return call<T>(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/** What the statements table and panel can ask for (besides the filters, a search and an order). */
export type StatementQuery =
  | { entity: string; role?: 'said' | 'to' | 'about' }
  | { speaker: string; target: string; rel: 'about' | 'addressed' }
  | { doc: string }
  | Record<string, never>;

export const api = {
  meta: () => call<MetaResponse>('/api/meta'),
  entities: () => call<EntityEntry[]>('/api/entities'),
  graph: (state: ViewState) => call<GraphResponse>(`/api/graph?${graphParams(state)}`),
  statements(query: StatementQuery, filters: Filters, options: { offset?: number; limit?: number; q?: string; sort?: string } = {}): Promise<StatementsResponse> {
    const q = 'doc' in query ? new URLSearchParams() : filterParams(filters);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) q.set(k, v);
    if (options.offset) q.set('offset', String(options.offset));
    if (options.limit) q.set('limit', String(options.limit));
    if (options.q) q.set('q', options.q);
    if (options.sort) q.set('sort', options.sort);
    return call<StatementsResponse>(`/api/statements?${q}`);
  },
  entity(id: string, filters: Filters): Promise<EntityProfile> {
    const q = filterParams(filters);
    q.set('id', id);
    return call<EntityProfile>(`/api/entity?${q}`);
  },
  document: (id: string) => call<DocumentView>(`/api/document?${new URLSearchParams({ id })}`),
  edgeStatements: (edges: string[], filters: Filters) => post<EdgeStatementsResponse>('/api/edge-statements', { edges, filters: Object.fromEntries(filterParams(filters)) }),
  cypher: (query: string) => post<CypherResponse>('/api/cypher', { query }),
};
