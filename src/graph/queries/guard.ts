import type { QueryResult as DriverResult, Session } from 'neo4j-driver';

/**
 * What a query typed by a person may do. A read transaction is not enough on its own: in one,
 * Neo4j still runs `TERMINATE TRANSACTIONS`, `SHOW TRANSACTIONS` (other clients' queries),
 * `SHOW SETTINGS`, `CALL dbms.killConnections(…)` and `LOAD CSV FROM 'http://…'`. So a query is
 * checked twice before it runs:
 *
 * 1. Its words (checkQueryText): the commands that are not reading clauses (LOAD CSV, SHOW,
 *    TERMINATE, USE, … IN TRANSACTIONS, PROFILE) against the access, every procedure it CALLs
 *    against an allow-list of procedures that only read, and every namespaced function against
 *    Neo4j's own namespaces (a plugin's function may do anything). No round trip, clear messages.
 * 2. Its plan (checkPlan, on `EXPLAIN`, which runs nothing): the declared type must be `r`
 *    (read) — `w`/`rw` are writes, `s` schema and administration — and no operator may load,
 *    show or terminate server state, commit in batches or call another procedure. The plan is
 *    the server's own word on what the query would do, whatever its spelling.
 *
 * - `browse`: the explorer's Cypher box. Reading the graph only.
 * - `read`: `claimgraph query`: also its schema (`SHOW INDEXES`, `SHOW CONSTRAINTS` …).
 * - `write`: `claimgraph query --write`: also writes, `LOAD CSV` and `CALL … IN TRANSACTIONS`.
 * - `admin`: `claimgraph query --admin`: not checked; anything the server allows.
 */
export type QueryAccess = 'browse' | 'read' | 'write' | 'admin';

/** A query refused before it ran, with the access that would allow it (if any). */
export class QueryRefused extends Error {
  override name = 'QueryRefused';
  constructor(
    readonly reason: string,
    readonly needs: 'write' | 'admin' | undefined,
  ) {
    super(reason);
  }
}

const RANK: Record<QueryAccess, number> = { browse: 0, read: 1, write: 2, admin: 3 };

/** Words that, followed by another word, are a command rather than a name: the least access for each. */
const COMMANDS: Record<string, QueryAccess> = { SHOW: 'read', LOAD: 'write', USE: 'admin', TERMINATE: 'admin', PROFILE: 'admin', EXPLAIN: 'admin' };

/** Words that may follow a value, so a command word followed by one of them is a name (`RETURN show AS x`). */
const CONTINUES_VALUE = new Set(['AS', 'AND', 'OR', 'XOR', 'IS', 'IN', 'CONTAINS', 'STARTS', 'ENDS', 'ASC', 'DESC', 'ASCENDING', 'DESCENDING', 'THEN', 'ELSE', 'END', 'WHEN']);
/** Words a value may follow, so a command word after one of them is a name (`WITH show AS use`). */
const PRECEDES_VALUE = new Set([...CONTINUES_VALUE, 'WITH', 'RETURN', 'BY', 'DISTINCT', 'UNWIND', 'WHERE', 'NOT', 'CASE', 'SET']);

/** Procedures that only read the graph or its schema. */
const READ_PROCEDURES = new Set([
  'db.labels', 'db.relationshiptypes', 'db.propertykeys', 'db.schema.visualization', 'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties', 'db.index.fulltext.querynodes', 'db.index.fulltext.queryrelationships',
  'db.index.vector.querynodes', 'db.index.vector.queryrelationships', 'db.ping',
]);

/** Namespaces of Neo4j's built-in functions; a function elsewhere is a plugin's and may do anything. */
const FUNCTION_NAMESPACES = new Set(['date', 'datetime', 'localdatetime', 'time', 'localtime', 'duration', 'point', 'vector', 'db']);

/** What SHOW may list at `read`: the schema, never transactions, settings, users or servers. */
const SCHEMA_SHOWS = new Set(['ShowIndexes', 'ShowConstraints', 'ShowFunctions', 'ShowProcedures']);

interface Token {
  kind: 'word' | 'name' | 'punct';
  text: string;
}

/** Cypher's words and punctuation, without comments, strings or the insides of `backticked` names. */
function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  const re = /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|'(?:[^'\\]|\\.)*(?:'|$)|"(?:[^"\\]|\\.)*(?:"|$)|`(?:[^`]|``)*(?:`|$)|\$`?[\p{L}\p{N}_]*`?|[\p{L}_][\p{L}\p{N}_]*|\d[\d.eE_xXa-fA-F]*|\s+|[\s\S]/gu;
  for (const m of query.matchAll(re)) {
    const t = m[0];
    if (/^\s|^\/\/|^\/\*|^['"$]/.test(t)) continue;
    if (t.startsWith('`')) tokens.push({ kind: 'name', text: t.slice(1, -1).replace(/``/g, '`') });
    else if (/^[\p{L}_]/u.test(t)) tokens.push({ kind: 'word', text: t });
    else if (!/^\d/.test(t)) tokens.push({ kind: 'punct', text: t });
  }
  return tokens;
}

/** A dotted name starting at `i` (`db.index.fulltext.queryNodes`), and the index after it. */
function dottedName(tokens: Token[], i: number): { name: string; next: number } | undefined {
  if (tokens[i]?.kind === 'punct' || !tokens[i]) return undefined;
  const parts = [tokens[i]!.text];
  let j = i + 1;
  while (tokens[j]?.text === '.' && tokens[j + 1] && tokens[j + 1]!.kind !== 'punct') {
    parts.push(tokens[j + 1]!.text);
    j += 2;
  }
  return { name: parts.join('.'), next: j };
}

/** Why a command word is refused, in words a user can act on. */
function commandReason(word: string): string {
  if (word === 'LOAD') return 'LOAD CSV reads files and URLs';
  if (word === 'SHOW') return "SHOW lists the server's state, not the graph";
  return `${word} is an administration command`;
}

function refuse(reason: string, least: QueryAccess): never {
  throw new QueryRefused(reason, least === 'write' || least === 'admin' ? least : undefined);
}

/** Check a query's words for `access` (see the module comment); throws QueryRefused. */
export function checkQueryText(query: string, access: QueryAccess): void {
  if (access === 'admin') return;
  const tokens = tokenize(query);
  tokens.forEach((token, i) => {
    if (token.kind !== 'word') return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    // A property (n.show), a label or type (:Load), a label expression (A|Show), a map key ({use: 1})
    // or a word where a value goes (WITH show AS use, f(show), [show]) is a name.
    if (before && ['.', ':', '|', '&', '!'].includes(before.text)) return;
    if (after?.text === ':') return;
    // After `)`, `{` or `}` a clause may start (MATCH (n) LOAD CSV …, CALL { SHOW … }); after other marks a value goes.
    const asValue = before !== undefined && (before.kind === 'punct' ? ![')', '{', '}'].includes(before.text) : PRECEDES_VALUE.has(before.text.toUpperCase()));
    const word = token.text.toUpperCase();
    const least = COMMANDS[word];
    const followedByName = after !== undefined && after.kind !== 'punct' && !CONTINUES_VALUE.has(after.text.toUpperCase());
    if (least !== undefined && followedByName && !asValue && RANK[least] > RANK[access]) refuse(commandReason(word), least);
    if (word === 'TRANSACTIONS' && before?.text.toUpperCase() !== 'SHOW' && before?.text.toUpperCase() !== 'TERMINATE' && RANK[access] < RANK.write) {
      refuse('CALL { … } IN TRANSACTIONS commits as it goes', 'write');
    }
    if (word === 'CALL' && after?.text !== '{' && after?.text !== '(') {
      const proc = dottedName(tokens, i + 1);
      if (proc && !READ_PROCEDURES.has(proc.name.toLowerCase())) refuse(`the procedure ${proc.name} does more than read the graph`, 'admin');
      return;
    }
    const fn = dottedName(tokens, i);
    if (fn && fn.name.includes('.') && tokens[fn.next]?.text === '(' && before?.text.toUpperCase() !== 'CALL') {
      if (!FUNCTION_NAMESPACES.has(fn.name.split('.')[0]!.toLowerCase())) refuse(`the function ${fn.name} is not one of Neo4j's own`, 'admin');
    }
  });
}

/** The operators of a plan, without their `@database` suffix, with their details. */
function operators(plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }): { op: string; details: string }[] {
  const own = { op: plan.operatorType.replace(/@.*$/, ''), details: String(plan.arguments.Details ?? '') };
  return [own, ...(plan.children as (typeof plan)[]).flatMap(operators)];
}

/** Check what the server's plan says a query would do; throws QueryRefused. */
export function checkPlan(summary: DriverResult['summary'], access: QueryAccess): void {
  if (access === 'admin') return;
  const type = summary.queryType;
  if (type === 's') refuse('this query changes the schema or runs a server procedure', 'admin');
  if (type !== 'r' && RANK[access] < RANK.write) refuse('this query writes to the graph', 'write');
  const plan = summary.plan;
  if (!plan) refuse('Neo4j gave no plan for this query', 'admin');
  for (const { op, details } of operators(plan as Parameters<typeof operators>[0])) {
    if (op === 'LoadCSV' && RANK[access] < RANK.write) refuse('LOAD CSV reads files and URLs', 'write');
    if ((op === 'TransactionApply' || op === 'TransactionForeach') && RANK[access] < RANK.write) refuse('CALL { … } IN TRANSACTIONS commits as it goes', 'write');
    if (op.startsWith('Terminate')) refuse(`${op.replace(/^Terminate/, 'TERMINATE ').toUpperCase()} is an administration command`, 'admin');
    if (op.startsWith('Show') && !(SCHEMA_SHOWS.has(op) && RANK[access] >= RANK.read)) refuse(`${op.replace(/^Show/, 'SHOW ').toUpperCase()} lists the server's state, not the graph`, 'admin');
    if (op === 'ProcedureCall') {
      const name = details.slice(0, details.indexOf('(')).trim();
      if (!READ_PROCEDURES.has(name.toLowerCase())) refuse(`the procedure ${name} does more than read the graph`, 'admin');
    }
  }
}

/**
 * Check `query` for `access`: its words, then its plan (`EXPLAIN` in `session`, which runs
 * nothing). Throws QueryRefused; a query Neo4j cannot plan fails here with Neo4j's own error.
 */
export async function guardQuery(session: Session, query: string, params: Record<string, unknown>, access: QueryAccess): Promise<void> {
  if (access === 'admin') return;
  checkQueryText(query, access);
  checkPlan((await session.run(`EXPLAIN ${query}`, params)).summary, access);
}
