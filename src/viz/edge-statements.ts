import { z } from 'zod';
import type { EdgeStatementsResponse } from './api-types.js';
import type { VizCorpus } from './corpus.js';
import { FilterParamsSchema, FilterScope } from './filters.js';

/** `POST /api/edge-statements`: the edges of a view (`rel|speaker|target`) and the filters it was drawn with. */
export const EdgeStatementsSchema = z
  .object({
    edges: z.array(z.string().regex(/^(about|addressed)\|[^|]+\|[^|]+$/, 'an edge id is rel|speaker|target')).max(50_000),
    filters: FilterParamsSchema.strict().default({}),
  })
  .strict();
export type EdgeStatementsRequest = z.infer<typeof EdgeStatementsSchema>;

/**
 * The statements behind each asked edge within the filters, in document order: what the page's
 * JSON and GraphML exports write on every edge (their ids and quoted words).
 */
export function edgeStatements(corpus: VizCorpus, req: EdgeStatementsRequest): EdgeStatementsResponse {
  const scope = new FilterScope(corpus, req.filters);
  const wanted = new Set(req.edges);
  const edges: EdgeStatementsResponse['edges'] = {};
  const put = (id: string, sid: string, content: string) => {
    if (!wanted.has(id)) return;
    const e = (edges[id] ??= { ids: [], contents: [] });
    e.ids.push(sid);
    e.contents.push(content);
  };
  for (const s of corpus.statements) {
    const speaker = s.speaker?.entityId;
    if (!speaker || !scope.statementAllowed(s)) continue;
    if (s.addressee?.entityId) put(`addressed|${speaker}|${s.addressee.entityId}`, s.id, s.content);
    for (const t of new Set(s.about)) if (scope.targetAllowed(s, t)) put(`about|${speaker}|${t}`, s.id, s.content);
  }
  return { edges };
}
