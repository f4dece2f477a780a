import { describe, expect, it } from 'vitest';
import { checkPlan, checkQueryText, QueryRefused, type QueryAccess } from '../../src/graph/queries/guard.js';

/**
 * Issue #16, item 2, the words of a query (the plan is checked against the real Neo4j in
 * cypher-guard.int.test.ts). Each query is read as a person reads it: what it would do, and
 * so which access it needs.
 */

function needs(query: string, access: QueryAccess): 'ok' | 'refused' {
  try {
    checkQueryText(query, access);
    return 'ok';
  } catch (err) {
    if (err instanceof QueryRefused) return 'refused';
    throw err;
  }
}

describe('the words of a query, for the Cypher box (browse) and claimgraph query (read, write)', () => {
  it.each<[string, 'ok' | 'refused', 'ok' | 'refused', 'ok' | 'refused']>([
    // query                                                                          browse     read       write
    ['MATCH (s:Entity)-[:SAID]->(st:Statement) RETURN s.name, count(*) ORDER BY 2 DESC', 'ok', 'ok', 'ok'],
    ['OPTIONAL MATCH (n) WHERE n.name STARTS WITH "Show" RETURN n LIMIT 5', 'ok', 'ok', 'ok'],
    ["MATCH (n) WHERE n.note = 'LOAD CSV FROM x; TERMINATE' RETURN n", 'ok', 'ok', 'ok'],
    ['MATCH (n) // SHOW SETTINGS\nRETURN n /* CREATE */', 'ok', 'ok', 'ok'],
    ['MATCH (n:`SHOW`) RETURN n.set, n.load AS show', 'ok', 'ok', 'ok'],
    ['RETURN {set: 1, delete: 2} AS m', 'ok', 'ok', 'ok'],
    ['CALL db.labels() YIELD label RETURN label', 'ok', 'ok', 'ok'],
    ["CALL db.index.fulltext.queryNodes('entity_names', 'Velayati') YIELD node RETURN node.name", 'ok', 'ok', 'ok'],
    ['MATCH (n) CALL (n) { MATCH (n)--(m) RETURN count(m) AS degree } RETURN n, degree', 'ok', 'ok', 'ok'],
    ['RETURN date.truncate("month", date()) AS d, point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS p', 'ok', 'ok', 'ok'],
    ['SHOW INDEXES', 'refused', 'ok', 'ok'],
    ['SHOW TRANSACTIONS', 'refused', 'ok', 'ok'], // words pass at read; the plan (ShowTransactions) refuses it
    // Writes pass the words: their plan (type w) refuses them (cypher-guard.int.test.ts, the plan tests below).
    ['CREATE (:Scratch {id: "x"})', 'ok', 'ok', 'ok'],
    ['MATCH (st:Statement) RETURN st.start AS start, st.end AS end ORDER BY start', 'ok', 'ok', 'ok'],
    ['UNWIND [1, 2] AS show WITH show AS use RETURN use, show', 'ok', 'ok', 'ok'],
    ["LOAD CSV FROM 'http://169.254.169.254/latest/meta-data' AS row RETURN row", 'refused', 'refused', 'ok'],
    ['load csv from $url as row return row', 'refused', 'refused', 'ok'],
    ['CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n', 'refused', 'refused', 'ok'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-7'", 'refused', 'refused', 'refused'],
    ["CALL dbms.killConnections(['bolt-1'])", 'refused', 'refused', 'refused'],
    ["CALL `dbms`.`killConnections`(['bolt-1'])", 'refused', 'refused', 'refused'],
    ['CALL db.clearQueryCaches()', 'refused', 'refused', 'refused'],
    ['CALL dbms.listConfig() YIELD name, value RETURN name, value', 'refused', 'refused', 'refused'],
    ['MATCH (n) WITH n CALL apoc.load.json("http://x") YIELD value RETURN value', 'refused', 'refused', 'refused'],
    ['RETURN apoc.util.sleep(100000)', 'refused', 'refused', 'refused'],
    ['USE system SHOW USERS', 'refused', 'refused', 'refused'],
    ['PROFILE MATCH (n) RETURN n', 'refused', 'refused', 'refused'],
    ['CREATE INDEX i FOR (n:X) ON (n.y)', 'ok', 'ok', 'ok'], // the plan (type s) needs --admin
  ])('%s', (query, browse, read, write) => {
    expect([needs(query, 'browse'), needs(query, 'read'), needs(query, 'write')]).toEqual([browse, read, write]);
    expect(needs(query, 'admin')).toBe('ok');
  });

  it('names what it refuses and the flag that would allow it', () => {
    expect(() => checkQueryText("LOAD CSV FROM 'http://x' AS r RETURN r", 'read')).toThrow(expect.objectContaining({ reason: 'LOAD CSV reads files and URLs', needs: 'write' }));
    expect(() => checkQueryText('CALL dbms.killConnections([])', 'write')).toThrow(expect.objectContaining({ reason: 'the procedure dbms.killConnections does more than read the graph', needs: 'admin' }));
    expect(() => checkQueryText('SHOW SETTINGS', 'browse')).toThrow(/SHOW lists the server's state/);
  });
});

describe('the plan of a query', () => {
  /** A plan as the driver gives it: operator types with the database suffix, details, children. */
  const plan = (...ops: [string, string?][]) =>
    ops.reduceRight<unknown>((child, [operatorType, details]) => ({ operatorType: `${operatorType}@neo4j`, arguments: details ? { Details: details } : {}, children: child ? [child] : [] }), undefined);
  const summary = (queryType: string, ...ops: [string, string?][]) => ({ queryType, plan: plan(['ProduceResults'], ...ops) }) as never;

  it.each<[string, ReturnType<typeof summary>, QueryAccess, boolean]>([
    ['a read', summary('r', ['Filter'], ['AllNodesScan']), 'browse', true],
    ['a write (type w)', summary('w', ['Create']), 'read', false],
    ['a write, with --write', summary('w', ['Create']), 'write', true],
    ['a schema change (type s), even with --write', summary('s', ['CreateIndex']), 'write', false],
    ['a server procedure (type s)', summary('s', ['ProcedureCall', 'dbms.killConnections($autolist_0) :: (connectionId :: STRING)']), 'write', false],
    ['SHOW TRANSACTIONS (type r)', summary('r', ['ShowTransactions']), 'read', false],
    ['SHOW SETTINGS (type r)', summary('r', ['ShowSettings']), 'read', false],
    ['TERMINATE TRANSACTIONS (type r)', summary('r', ['TerminateTransactions']), 'write', false],
    ['LOAD CSV (type r)', summary('r', ['LoadCSV']), 'read', false],
    ['SHOW INDEXES in the box', summary('r', ['ShowIndexes']), 'browse', false],
    ['SHOW INDEXES with claimgraph query', summary('r', ['ShowIndexes']), 'read', true],
    ['a read procedure', summary('r', ['ProcedureCall', 'db.labels() :: (label :: STRING)']), 'browse', true],
    ['a procedure not known to read only', summary('r', ['ProcedureCall', 'db.clearQueryCaches() :: (value :: STRING)']), 'write', false],
    ['IN TRANSACTIONS (type r)', summary('r', ['TransactionApply']), 'read', false],
  ])('%s', (_name, given, access, allowed) => {
    if (allowed) expect(() => checkPlan(given, access)).not.toThrow();
    else expect(() => checkPlan(given, access)).toThrow(QueryRefused);
  });
});
