import { closeAllDrivers, openDriver, resolveTarget } from '../../graph/connection.js';
import { DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_MS, formatResult, NAMED_QUERIES, parseParamValue, QUERY_FORMATS, runQuery, type QueryFormat } from '../../graph/queries/index.js';
import { defineCommand } from '../command.js';
import { EXIT, ExitError, UsageError } from '../errors.js';

/** `--param name=value` (repeatable) as query parameters. */
function parseParams(given: unknown): Record<string, unknown> {
  const list = given === undefined ? [] : Array.isArray(given) ? given : [given];
  const params: Record<string, unknown> = {};
  for (const item of list as string[]) {
    const eq = item.indexOf('=');
    if (eq < 1) throw new UsageError(`--param takes name=value, not '${item}'`);
    params[item.slice(0, eq)] = parseParamValue(item.slice(eq + 1));
  }
  return params;
}

function positiveNumber(value: unknown, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${option} must be a positive number, not '${String(value)}'`);
  return n;
}

/** `--list`: every named query, its parameters and its Cypher. */
function listNamed(): string {
  return Object.values(NAMED_QUERIES)
    .map((q) => {
      const params = Object.entries(q.params).map(([k, v]) => `    --param ${k}=…   ${v}`);
      return [`${q.name}: ${q.description}`, ...params, '    --param limit=N   rows (default 100)', '', ...q.cypher.split('\n').map((l) => `    ${l}`), ''].join('\n');
    })
    .join('\n');
}

export default defineCommand({
  summary: 'Run Cypher or a named query against Neo4j',
  usage: 'claimgraph query CYPHER | --named NAME | --list  [--param name=value]... [--format table|json|csv] [--write | --admin]',
  description: [
    'Runs one Cypher query in a read transaction. It may read the graph and its schema (SHOW INDEXES,',
    'SHOW CONSTRAINTS …); a query that writes, LOAD CSV and CALL … IN TRANSACTIONS are refused unless',
    '--write; administration (SHOW TRANSACTIONS, TERMINATE, SHOW SETTINGS, dbms.* and any procedure',
    'or function not known to only read the graph) unless --admin. The query\'s plan (EXPLAIN) is checked first.',
    'Parameters: --param name=value, repeatable; values that parse as JSON (numbers, true/false,',
    'null, lists, maps) are passed as such, anything else as text. Use $name in the query.',
    'Named queries (--list shows them with their Cypher): said-about, said-by, talks-about-most,',
    'between, most-quoted, document, most-mentioned. An entity is given by id, name or alias (any case).',
    '--format json prints an array of objects keyed by column (integers as numbers where safe).',
  ].join('\n'),
  options: {
    named: { type: 'string', short: 'n' },
    list: { type: 'boolean' },
    param: { type: 'string', short: 'p', multiple: true },
    format: { type: 'string', short: 'f' },
    write: { type: 'boolean' },
    admin: { type: 'boolean' },
    timeout: { type: 'string' },
    'max-rows': { type: 'string' },
  },
  optionHelp: {
    named: 'run the named query NAME',
    list: 'list the named queries with their parameters and Cypher',
    param: 'a query parameter, name=value (repeatable)',
    format: 'table (default), json or csv',
    write: 'allow the query to write, LOAD CSV and CALL … IN TRANSACTIONS (a write transaction)',
    admin: 'run anything the server allows (administration, schema changes, any procedure), unchecked',
    timeout: `seconds before the server ends the query (default ${DEFAULT_TIMEOUT_MS / 1000})`,
    'max-rows': `rows printed at most (default ${DEFAULT_MAX_ROWS})`,
  },
  examples: [
    'claimgraph query --list',
    'claimgraph query --named said-about --param entity=Hamas',
    'claimgraph query --named between --param entity=Velayati --param other="Ismail Haniyeh" --format json',
    "claimgraph query 'MATCH (s:Entity)-[:SAID]->(st:Statement) WHERE st.kind = $kind RETURN s.name, st.content LIMIT 10' --param kind=direct",
  ],
  async run(values, positionals, ctx) {
    if (values.list) {
      ctx.stdout.write(listNamed());
      return EXIT.ok;
    }
    const format = (values.format ?? 'table') as QueryFormat;
    if (!QUERY_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${QUERY_FORMATS.join(', ')}, not '${format}'`);
    const params = parseParams(values.param);
    const named = values.named as string | undefined;
    if (named && positionals.length > 0) throw new UsageError('give either CYPHER or --named NAME, not both');
    if (!named && positionals.length !== 1) throw new UsageError('give one CYPHER query (quoted), or --named NAME, or --list');
    const query = named ? NAMED_QUERIES[named] : undefined;
    if (named && !query) throw new UsageError(`no named query '${named}' (see claimgraph query --list)`);
    for (const p of Object.keys(query?.params ?? {})) if (!(p in params)) throw new UsageError(`the named query '${named}' needs --param ${p}=…`);
    if (values.write && values.admin) throw new UsageError('give --write or --admin, not both (--admin allows writes too)');
    const options = {
      write: Boolean(values.write),
      admin: Boolean(values.admin),
      timeoutMs: positiveNumber(values.timeout, 'timeout', DEFAULT_TIMEOUT_MS / 1000) * 1000,
      maxRows: Math.floor(positiveNumber(values['max-rows'], 'max-rows', DEFAULT_MAX_ROWS)),
    };
    try {
      const target = await resolveTarget(ctx.env, ctx.cwd);
      const driver = await openDriver(target);
      const run = { ...options, database: target.database };
      const result = query ? await query.run(driver, params, run) : await runQuery(driver, positionals[0]!, params, run);
      ctx.stdout.write(formatResult(result, format));
      if (result.truncated) ctx.stderr.write(`claimgraph query: only the first ${options.maxRows} rows shown (raise --max-rows)\n`);
      return EXIT.ok;
    } catch (err) {
      if (err instanceof ExitError) throw err;
      throw new ExitError(EXIT.failed, err instanceof Error ? err.message : String(err));
    } finally {
      await closeAllDrivers();
    }
  },
});
