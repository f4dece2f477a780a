import type { CypherResponse, EntityEntry, GraphResponse, MetaResponse, StatementsResponse } from '../api-types.js';
import { filterParams, type Filters } from './state.js';

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

/** What the statements panel can ask for. */
export type StatementQuery = { entity: string } | { speaker: string; target: string; rel: 'about' | 'addressed' } | { doc: string };

export const api = {
  meta: () => call<MetaResponse>('/api/meta'),
  entities: () => call<EntityEntry[]>('/api/entities'),
  graph(filters: Filters, cap: number): Promise<GraphResponse> {
    const q = filterParams(filters);
    if (cap > 0) q.set('cap', String(cap));
    return call<GraphResponse>(`/api/graph?${q}`);
  },
  statements(query: StatementQuery, filters: Filters, offset = 0): Promise<StatementsResponse> {
    const q = 'doc' in query ? new URLSearchParams() : filterParams(filters);
    for (const [k, v] of Object.entries(query)) q.set(k, v);
    if (offset > 0) q.set('offset', String(offset));
    return call<StatementsResponse>(`/api/statements?${q}`);
  },
  cypher: (query: string) =>
    call<CypherResponse>('/api/cypher', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) }),
};
