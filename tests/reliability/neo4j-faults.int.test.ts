import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { describeNeo4j, neo4jTarget } from '../helpers/neo4j.js';

/**
 * The CLI's one-line errors for a Neo4j that is down, a wrong password and an unknown database,
 * against the test run's Neo4j. (Neo4j killed mid-ingest is in the slow tier:
 * neo4j-kill.slow.test.ts.)
 */

let dir: string;
const target = () => neo4jTarget()!;

/** A one-document snapshot, valid and small. */
const SMALL = {
  format: 'claimgraph-snapshot',
  version: 1,
  createdAt: new Date(0).toISOString(),
  documents: [{ id: 'doc-0.txt', length: 48 }],
  entities: [{ id: 'person:haniyeh', type: 'Person', name: 'Haniyeh', aliases: [], mentions: [{ docId: 'doc-0.txt', start: 15, end: 22, text: 'Haniyeh' }] }],
  statements: [],
  relations: [],
};

describeNeo4j('Neo4j faults seen by the CLI', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-faults-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['a server that is down', { NEO4J_URI: 'bolt://127.0.0.1:7799', NEO4J_PASSWORD: 'whatever-secret' }, /7799/],
    ['a wrong password', () => ({ NEO4J_URI: target().uri, NEO4J_PASSWORD: 'wrong-secret-pw' }), /(password|credentials|authenticat)/i],
    ['an unknown database', () => ({ NEO4J_URI: target().uri, NEO4J_PASSWORD: target().password, NEO4J_DATABASE: 'nosuchdb' }), /nosuchdb/],
  ] as const)('ingest against %s: one line, exit 1, no password shown', async (_name, envOf, message) => {
    const env = typeof envOf === 'function' ? envOf() : envOf;
    const file = join(dir, 'small.json');
    await writeFile(file, JSON.stringify(SMALL));
    const { code, stderr } = await runCli(['ingest', file, '--quiet'], { env: { ...env, NEO4J_USERNAME: 'neo4j' } });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain(env.NEO4J_PASSWORD);
  }, 120_000);
});
