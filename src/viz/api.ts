import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { EdgeStatementsResponse, StatementsResponse } from './api-types.js';
import type { Explorer } from './explorer.js';
import { FilterParamsSchema } from './filters.js';
import { entityProfile } from './profile.js';
import { documentView } from './reader.js';
import { rankHits, words, type SearchHits } from './search.js';
import { selectStatements, SelectionSchema } from './select.js';
import { statementView } from './statements.js';
import { GraphParamsSchema } from './views.js';
import { edgeStatements, EdgeStatementsSchema } from './edge-statements.js';

/** Limits of the Cypher box: rows returned and server-side transaction time. */
export const CYPHER_LIMITS = { maxRows: 2000, timeoutMs: 10_000 };

const CypherRequestSchema = z
  .object({
    query: z.string().trim().min(1, 'query is empty').max(20_000, 'query is longer than 20,000 characters'),
    params: z.record(z.string(), z.unknown()).optional(),
    limit: z.number().int().min(1).max(CYPHER_LIMITS.maxRows).optional(),
  })
  .strict();

const IdSchema = z.object({ id: z.string().min(1).max(1000) });
const ProfileSchema = FilterParamsSchema.extend(IdSchema.shape).strict();

/** `path: message` of the first problem zod found, for a 400 body. */
function describe(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

function badRequest(c: Context, message: string) {
  return c.json({ error: message }, 400);
}

/** A JSON body, or undefined when it is not JSON. */
async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}

/**
 * The statements a search finds: the in-memory index (quoted words and sentences), with the
 * source's own full-text index (Neo4j's `statement_content`) where it has one.
 */
async function search(explorer: Explorer, query: string[]): Promise<SearchHits> {
  const found = explorer.search.search(query);
  if (explorer.source.searchStatements) {
    const ids = new Set(await explorer.source.searchStatements(query));
    explorer.corpus.statements.forEach((s, i) => {
      if (ids.has(s.id)) found.add(i);
    });
  }
  return rankHits(explorer.corpus, found, query);
}

/** The JSON API the page talks to; every request is validated and errors are `{error}` JSON. */
export function createApi(explorer: Explorer): Hono {
  const api = new Hono();
  const { corpus, texts } = explorer;

  api.get('/meta', (c) => c.json(explorer.meta));
  api.get('/entities', (c) => c.json(explorer.index));

  api.get('/graph', (c) => {
    const parsed = GraphParamsSchema.safeParse(c.req.query());
    if (!parsed.success) return badRequest(c, describe(parsed.error));
    return c.json(explorer.views.graph(parsed.data));
  });

  api.get('/statements', async (c) => {
    const parsed = SelectionSchema.safeParse(c.req.query());
    if (!parsed.success) return badRequest(c, describe(parsed.error));
    const { offset, limit } = parsed.data;
    const query = parsed.data.q ? words(parsed.data.q) : [];
    const hits = parsed.data.q ? await search(explorer, query) : undefined;
    const picked = selectStatements(corpus, parsed.data, hits);
    const body: StatementsResponse = {
      total: picked.length,
      statements: picked.slice(offset, offset + limit).map((s) => statementView(corpus, texts, s, query)),
    };
    if (hits) {
      const said = new Map<string, number>();
      for (const s of picked) if (s.speaker?.entityId) said.set(s.speaker.entityId, (said.get(s.speaker.entityId) ?? 0) + 1);
      body.speakers = [...said]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 200)
        .map(([id, count]) => ({ id, name: corpus.entities.get(id)?.name ?? id, count }));
    }
    return c.json(body);
  });

  api.get('/entity', (c) => {
    const parsed = ProfileSchema.safeParse(c.req.query());
    if (!parsed.success) return badRequest(c, describe(parsed.error));
    const { id, ...filters } = parsed.data;
    const profile = entityProfile(corpus, id, filters);
    return profile ? c.json(profile) : c.json({ error: `no entity with id '${id}'` }, 404);
  });

  api.get('/document', (c) => {
    const parsed = IdSchema.strict().safeParse(c.req.query());
    if (!parsed.success) return badRequest(c, describe(parsed.error));
    const view = documentView(corpus, texts, parsed.data.id);
    return view ? c.json(view) : c.json({ error: `no document with id '${parsed.data.id}'` }, 404);
  });

  api.post('/edge-statements', async (c) => {
    const json = await jsonBody(c);
    if (json === undefined) return badRequest(c, 'the body is not JSON');
    const parsed = EdgeStatementsSchema.safeParse(json);
    if (!parsed.success) return badRequest(c, describe(parsed.error));
    const body: EdgeStatementsResponse = edgeStatements(corpus, parsed.data);
    return c.json(body);
  });

  api.post('/cypher', async (c) => {
    const run = explorer.source.runCypher?.bind(explorer.source);
    if (!run) return c.json({ error: 'the Cypher box needs Neo4j as the source (serve without --snapshot)' }, 404);
    const json = await jsonBody(c);
    if (json === undefined) return badRequest(c, 'the body is not JSON');
    const parsed = CypherRequestSchema.safeParse(json);
    if (!parsed.success) return badRequest(c, describe(parsed.error));
    const { query, params = {}, limit = CYPHER_LIMITS.maxRows } = parsed.data;
    try {
      return c.json(await run(query, params, { maxRows: limit, timeoutMs: CYPHER_LIMITS.timeoutMs }));
    } catch (err) {
      // Neo4j's own message (syntax error, write refused in a read transaction, timeout) is what the user needs.
      return c.json({ error: (err instanceof Error ? err.message : String(err)).split('\n')[0] }, 422);
    }
  });

  return api;
}
