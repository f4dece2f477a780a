import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { GraphResponse, StatementsResponse } from './api-types.js';
import type { Explorer } from './explorer.js';
import { FilterParamsSchema, FilterScope } from './filters.js';
import { buildNetwork } from './network.js';
import { selectStatements, SelectionSchema } from './select.js';
import { statementView } from './statements.js';

/** Limits of the Cypher box: rows returned and server-side transaction time. */
export const CYPHER_LIMITS = { maxRows: 2000, timeoutMs: 10_000 };

const CypherRequestSchema = z
  .object({
    query: z.string().trim().min(1, 'query is empty').max(20_000, 'query is longer than 20,000 characters'),
    params: z.record(z.string(), z.unknown()).optional(),
    limit: z.number().int().min(1).max(CYPHER_LIMITS.maxRows).optional(),
  })
  .strict();

/** `path: message` of the first problem zod found, for a 400 body. */
function describe(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

function badRequest(c: Context, message: string) {
  return c.json({ error: message }, 400);
}

/** The JSON API the page talks to; every request is validated and errors are `{error}` JSON. */
export function createApi(explorer: Explorer): Hono {
  const api = new Hono();
  const { corpus, texts, positions } = explorer;

  api.get('/meta', (c) => c.json(explorer.meta));
  api.get('/entities', (c) => c.json(explorer.index));

  api.get('/graph', (c) => {
    const parsed = FilterParamsSchema.strict().safeParse(c.req.query());
    if (!parsed.success) return badRequest(c, describe(parsed.error));
    const body: GraphResponse = buildNetwork(corpus, new FilterScope(corpus, parsed.data), positions);
    return c.json(body);
  });

  api.get('/statements', (c) => {
    const parsed = SelectionSchema.safeParse(c.req.query());
    if (!parsed.success) return badRequest(c, describe(parsed.error));
    const { offset, limit } = parsed.data;
    const picked = selectStatements(corpus, parsed.data);
    const body: StatementsResponse = {
      total: picked.length,
      statements: picked.slice(offset, offset + limit).map((s) => statementView(corpus, texts, s)),
    };
    return c.json(body);
  });

  api.post('/cypher', async (c) => {
    const run = explorer.source.runCypher?.bind(explorer.source);
    if (!run) return c.json({ error: 'the Cypher box needs Neo4j as the source (serve without --snapshot)' }, 404);
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      return badRequest(c, 'the body is not JSON');
    }
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

