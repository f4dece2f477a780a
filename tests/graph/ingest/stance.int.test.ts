import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readGraphSnapshot } from '../../../src/graph/export/from-neo4j.js';
import { ingestSnapshot } from '../../../src/graph/ingest/index.js';
import { NAMED_QUERIES } from '../../../src/graph/queries/index.js';
import { plain } from '../../../src/graph/queries/values.js';
import { readSnapshot } from '../../../src/snapshot/read.js';
import type { Snapshot } from '../../../src/snapshot/schema.js';
import { runCli } from '../../helpers/cli.js';
import { clearDatabase, describeNeo4j, testNeo4j } from '../../helpers/neo4j.js';
import { canonical, testGraphState } from '../helpers.js';
import { useTempDir } from '../temp.js';

/*
 * The fixture (tests/graph/fixtures/stance/, written for these tests): in a.txt Dana Reyes
 * praises the Northern Alliance ("They are the defenders of peace"), condemns Eastland, and says
 * Eastland would hold talks (neutral); Omar Haddad says the Alliance "betrayed the north". b.txt,
 * a day later in another outlet, carries Reyes's quote again: one claim, first seen in a.txt.
 */
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'stance.snapshot.json');
const CLAIM = 'claim:dana-reyes:they-are-the-defenders-of-peace';
let fixture: Snapshot;
let A: string;
let B: string;

async function ingest(snapshot: Snapshot) {
  const { driver, database } = await testNeo4j();
  return ingestSnapshot(driver, snapshot, { database });
}

async function query(cypher: string, params: Record<string, unknown> = {}) {
  const { driver, database } = await testNeo4j();
  const { records } = await driver.executeQuery(cypher, params, { database });
  return records.map((r) => plain(r.toObject()) as Record<string, unknown>);
}

async function named(name: string, params: Record<string, unknown> = {}) {
  const { driver, database } = await testNeo4j();
  const result = await NAMED_QUERIES[name]!.run(driver, params, { database });
  return result.rows;
}

beforeAll(async () => {
  fixture = await readSnapshot(FIXTURE);
  A = await readFile(join(import.meta.dirname, '..', 'fixtures', 'stance', 'a.txt'), 'utf8');
  B = await readFile(join(import.meta.dirname, '..', 'fixtures', 'stance', 'b.txt'), 'utf8');
});

describeNeo4j('stance and claims in Neo4j', () => {
  beforeEach(async () => {
    await clearDatabase();
    await ingest(fixture);
  });

  it('puts the stance, its score and the deciding words on ABOUT', async () => {
    const rows = await query(
      `MATCH (s:Entity)-[:SAID]->(st:Statement)-[ab:ABOUT]->(t:Entity)
       RETURN s.name AS speaker, t.name AS target, ab.stance AS stance, ab.score AS score, ab.evidenceText AS evidence, ab.evidenceStart AS at, valueType(ab.score) AS type
       ORDER BY st.docId, st.start`,
    );
    expect(rows).toEqual([
      { speaker: 'Dana Reyes', target: 'Northern Alliance', stance: 'support', score: 0.8, evidence: 'defenders of peace', at: A.indexOf('defenders of peace'), type: 'FLOAT NOT NULL' },
      { speaker: 'Dana Reyes', target: 'Eastland', stance: 'oppose', score: -0.9, evidence: 'condemned', at: A.indexOf('condemned'), type: 'FLOAT NOT NULL' },
      { speaker: 'Omar Haddad', target: 'Northern Alliance', stance: 'oppose', score: -0.7, evidence: 'betrayed', at: A.indexOf('betrayed'), type: 'FLOAT NOT NULL' },
      // Neutral, decided by nothing: no evidence.
      { speaker: 'Dana Reyes', target: 'Eastland', stance: 'neutral', score: 0, evidence: null, at: null, type: 'FLOAT NOT NULL' },
      { speaker: 'Dana Reyes', target: 'Northern Alliance', stance: 'support', score: 0.8, evidence: 'defenders of peace', at: B.indexOf('defenders of peace'), type: 'FLOAT NOT NULL' },
    ]);
  });

  it('makes the repeated quote one Claim, both copies PART_OF it, first seen where it was', async () => {
    const rows = await query(
      `MATCH (c:Claim)<-[:PART_OF]-(st:Statement)-[:REPORTED_IN]->(d:Document)
       RETURN c.id AS id, c.content AS content, c.speaker AS speaker, c.firstSeenDocId AS first, c.firstSeenSource AS outlet, collect(d.id) AS docs`,
    );
    expect(rows).toEqual([{ id: CLAIM, content: 'They are the defenders of peace,', speaker: 'person:dana-reyes', first: 'a.txt', outlet: 'Wire', docs: expect.arrayContaining(['a.txt', 'b.txt']) }]);
    expect((rows[0]!.docs as string[]).length).toBe(2);
  });

  it('reads back the snapshot it was given, stance and claims included', async () => {
    const { driver, database } = await testNeo4j();
    const back = await readGraphSnapshot(driver, database);
    expect(canonical(back)).toEqual(canonical(fixture));
    expect(back.claims?.[0]?.statementIds).toEqual(['st:a.txt:53', 'st:b.txt:27']);
    expect(back.claims?.[0]?.outlets).toEqual(['Wire', 'Daily Post']);
  });

  it('answers who supports X, who opposes X, and X’s allies and enemies', async () => {
    expect(await named('supporters', { entity: 'northern alliance' })).toEqual([
      { speaker: 'Dana Reyes', speakerId: 'person:dana-reyes', about: 'Northern Alliance', statements: 2, score: 0.8, evidence: 'defenders of peace', example: 'They are the defenders of peace,', id: 'st:a.txt:53' },
    ]);
    expect((await named('opponents', { entity: 'Northern Alliance' })).map((r) => [r.speaker, r.statements, r.evidence])).toEqual([['Omar Haddad', 1, 'betrayed']]);
    expect((await named('allies-enemies', { entity: 'Reyes' })).map((r) => [r.other, r.relation, r.score, r['X supports'], r['X opposes']])).toEqual([
      ['Northern Alliance', 'ally', 1.6, 2, 0],
      ['Eastland', 'enemy', -0.9, 0, 1],
    ]);
    expect((await named('allies-enemies', { entity: 'organization:northern-alliance' })).map((r) => [r.other, r.relation, r['supports X'], r['opposes X']])).toEqual([
      ['Dana Reyes', 'ally', 2, 0],
      ['Omar Haddad', 'enemy', 0, 1],
    ]);
    expect(await named('repeated-claims')).toEqual([
      { claim: 'They are the defenders of peace,', speaker: 'Dana Reyes', documents: 2, outlets: 2, firstSeen: '2026-11-01', firstOutlet: 'Wire', id: CLAIM },
    ]);
  });

  it('updates in place: a newer snapshot without the copy in b.txt drops the claim, and a changed stance replaces the old', async () => {
    const newer: Snapshot = structuredClone(fixture);
    newer.statements = newer.statements.filter((s) => s.docId !== 'b.txt');
    for (const s of newer.statements) delete s.claimId;
    delete newer.claims;
    const haddad = newer.statements.find((s) => s.speaker?.entityId === 'person:omar-haddad')!;
    haddad.stance = [{ entityId: 'organization:northern-alliance', stance: 'neutral', score: 0, evidence: null }];
    await clearDatabase();
    await ingest(newer);
    const fresh = await testGraphState();
    await clearDatabase();
    await ingest(fixture);
    const result = await ingest(newer);
    expect(result.removed).toMatchObject({ statements: 1, claims: 1 });
    expect(await testGraphState()).toEqual(fresh);
  });

  describe('exports from Neo4j carry them', () => {
    const dir = useTempDir('claimgraph-stance-export-');

    it('json, cytoscape, graphml, gexf, csv and cypher', async () => {
      const out = (name: string) => join(dir(), name);
      for (const [format, name] of [['json', 'g.json'], ['cytoscape', 'g.cy.json'], ['graphml', 'g.graphml'], ['gexf', 'g.gexf'], ['csv', 'csv'], ['cypher', 'g.cypher']]) {
        const r = await runCli(['export', format!, '--out', out(name!)]);
        expect(r.code, r.stderr).toBe(0);
      }
      const json = JSON.parse(await readFile(out('g.json'), 'utf8')) as Snapshot;
      expect(json.claims?.map((c) => c.id)).toEqual([CLAIM]);
      const condemned = A.indexOf('condemned');
      const statement = json.statements.find((s) => s.content === 'the aggression of Eastland');
      expect(statement?.stance).toEqual([{ entityId: 'place:eastland', stance: 'oppose', score: -0.9, evidence: { text: 'condemned', start: condemned, end: condemned + 'condemned'.length } }]);
      const cy = JSON.parse(await readFile(out('g.cy.json'), 'utf8'));
      expect(cy.elements.nodes.filter((n: { classes: string[] }) => n.classes.includes('claim'))).toHaveLength(1);
      expect(cy.elements.edges.filter((e: { data: { stance?: string } }) => e.data.stance === 'oppose')).toHaveLength(2);
      expect(await readFile(out('g.graphml'), 'utf8')).toMatch(/attr.name="stance" attr.type="string"/);
      expect(await readFile(out('g.gexf'), 'utf8')).toMatch(/<attvalue for="[^"]*" value="defenders of peace"\/>/);
      expect(await readFile(join(out('csv'), 'relationships_ABOUT.csv'), 'utf8')).toMatch(/^:START_ID\(Statement\),:END_ID\(Entity\),:TYPE,stance,score:double,evidenceText,evidenceStart:long,evidenceEnd:long\n/);
      expect(await readFile(join(out('csv'), 'relationships_PART_OF.csv'), 'utf8')).toContain(`st:b.txt:27,${CLAIM},PART_OF`);
      // The Cypher script recreates the graph exactly.
      const before = await testGraphState();
      await clearDatabase();
      const { driver, database } = await testNeo4j();
      for (const line of (await readFile(out('g.cypher'), 'utf8')).split('\n').filter((l) => l.trim() && !l.startsWith('//'))) {
        await driver.executeQuery(line.replace(/;$/, ''), {}, { database });
      }
      expect(await testGraphState()).toEqual(before);
    });
  });
});

describeNeo4j('a claim loaded in shares', () => {
  it('ends the same whichever share comes first, first seen where it was seen first', async () => {
    const share = (doc: string): Snapshot => {
      const s = structuredClone(fixture);
      s.documents = s.documents.filter((d) => d.id === doc);
      s.statements = s.statements.filter((st) => st.docId === doc);
      s.entities = s.entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => m.docId === doc) }));
      const mine = s.statements.filter((st) => st.claimId).map((st) => st.id);
      const first = s.statements.find((st) => st.id === mine[0])!;
      const d = s.documents[0]!;
      s.claims = s.claims!.map((c) => ({ ...c, statementIds: mine, documents: [doc], outlets: [d.source!], firstSeen: { statementId: first.id, docId: doc, publishedAt: d.publishedAt, source: d.source } }));
      return s;
    };
    await clearDatabase();
    await ingest(share('b.txt'));
    await ingest(share('a.txt'));
    const bThenA = await testGraphState();
    await clearDatabase();
    await ingest(share('a.txt'));
    await ingest(share('b.txt'));
    expect(await testGraphState()).toEqual(bThenA);
    const [claim] = await query('MATCH (c:Claim) RETURN c.firstSeenDocId AS first, c.firstSeenPublishedAt AS at, COUNT { (c)<-[:PART_OF]-() } AS copies');
    expect(claim).toEqual({ first: 'a.txt', at: '2026-11-01', copies: 2 });
  });
});

