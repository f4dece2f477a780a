import { describe, expect, it } from 'vitest';
import { checkSnapshot, GRAPH_RELATIONSHIP_TYPES, neo4jProblems } from '../../src/snapshot/check.js';
import type { Relation, Snapshot } from '../../src/snapshot/schema.js';
import { STATEMENT_EDGE_TYPES } from '../../src/graph/model.js';

// A sentence of the shape news carries; the relation's evidence is its first words.
const TEXT = 'Lena Ortiz, head of the Harbour Union, said the strike would go on.';

function withRelation(change: (r: Relation) => void = () => undefined): Snapshot {
  const relation: Relation = {
    id: 'rel:doc.txt:0:AFFILIATED_WITH',
    type: 'AFFILIATED_WITH',
    from: 'person:lena-ortiz',
    to: 'organization:harbour-union',
    docId: 'doc.txt',
    evidence: { text: 'Lena Ortiz, head of the Harbour Union', start: 0, end: 37 },
    properties: { role: 'head' },
  };
  change(relation);
  return {
    format: 'claimgraph-snapshot',
    version: 1,
    createdAt: '2026-11-21T10:00:00.000Z',
    documents: [{ id: 'doc.txt', length: TEXT.length }],
    entities: [
      { id: 'person:lena-ortiz', type: 'Person', name: 'Lena Ortiz', aliases: [], mentions: [{ docId: 'doc.txt', start: 0, end: 10, text: 'Lena Ortiz' }] },
      { id: 'organization:harbour-union', type: 'Organization', name: 'Harbour Union', aliases: [], mentions: [{ docId: 'doc.txt', start: 24, end: 37, text: 'Harbour Union' }] },
    ],
    statements: [],
    relations: [relation],
  };
}

function reasons(s: Snapshot): string {
  return checkSnapshot(s, 's.json', new Map([['doc.txt', TEXT]])).problems.map((p) => p.reason).join('\n');
}

describe('checkSnapshot refuses what Neo4j would refuse halfway through an ingest', () => {
  it('accepts the relation as it is', () => {
    expect(reasons(withRelation())).toBe('');
  });

  it.each<[string, (r: Relation) => void, RegExp]>([
    ['an empty property key', (r) => (r.properties = { '': 'x' }), /relations\[0\] \(rel:doc.txt:0:AFFILIATED_WITH\)\.properties: an empty property key/],
    ['a key holding NUL', (r) => (r.properties = { 'ro\u0000le': 'head' }), /property key "ro\\u0000le" holds a NUL character/],
    ['a whole number past 2^53', (r) => (r.properties = { members: 2 ** 60 }), /"members": \d+ is a whole number beyond 2\^53/],
    ['the type of a statement link', (r) => (r.type = 'ABOUT'), /\.type: ABOUT is a relationship type of the graph itself/],
    ['the type of a claim link', (r) => (r.type = 'PART_OF'), /\.type: PART_OF is a relationship type of the graph itself/],
  ])('finds %s', (_name, spoil, reason) => {
    expect(reasons(withRelation(spoil))).toMatch(reason);
  });

  it('keeps keys Neo4j takes: spaces, colons, backticks, a float past 2^53', () => {
    expect(reasons(withRelation((r) => (r.properties = { 'since:int': 'yesterday', 'a`b': 'c', ' ': 'x', big: 1.5e300 })))).toMatch(/1\.5e\+300 is a whole number/);
    expect(reasons(withRelation((r) => (r.properties = { 'since:int': 'yesterday', 'a`b': 'c', ' ': 'x' })))).toBe('');
  });

  it('neo4jProblems is the same check on its own, for the loader', () => {
    expect(neo4jProblems(withRelation((r) => (r.properties = { '': 1 })), 'x').map((p) => p.ruleId)).toEqual(['neo4j-property']);
  });

  it("reserves exactly the graph's own relationship types", () => {
    expect([...GRAPH_RELATIONSHIP_TYPES].sort()).toEqual([...STATEMENT_EDGE_TYPES].sort());
  });
});

describe('checkSnapshot on claims', () => {
  it('finds a statement whose claim does not list it, and a claim listing a statement of another', () => {
    const s = withRelation();
    s.statements.push({
      id: 'st:doc.txt:43', docId: 'doc.txt', kind: 'indirect', content: 'the strike would go on', start: 43, end: 65,
      cue: { text: 'said', start: 38, end: 42 }, speaker: { entityId: 'person:lena-ortiz', text: 'Lena Ortiz', start: 0, end: 10 },
      addressee: null, about: [], confidence: 0.8, claimId: 'claim:a',
    });
    s.statements.push({ ...s.statements[0]!, id: 'st:doc.txt:43b', claimId: undefined });
    s.claims = [
      { id: 'claim:a', statementIds: ['st:doc.txt:43b'], speaker: null, content: 'x', firstSeen: { statementId: 'st:doc.txt:43', docId: 'doc.txt' }, documents: [], outlets: [] },
      { id: 'claim:b', statementIds: ['st:doc.txt:43'], speaker: null, content: 'x', firstSeen: { statementId: 'st:doc.txt:43', docId: 'doc.txt' }, documents: [], outlets: [] },
    ];
    const found = reasons(s);
    expect(found).toMatch(/statements\[0\] \(st:doc.txt:43\): claim "claim:a" does not list this statement/);
    expect(found).toMatch(/claims\[1\] \(claim:b\): statement "st:doc.txt:43" has claimId "claim:a", not this claim/);
    expect(found).toMatch(/claims\[0\] \(claim:a\): statement "st:doc.txt:43b" has claimId null, not this claim/);
  });
});
