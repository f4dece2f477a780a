import { describe, expect, it } from 'vitest';
import { csvExporter, csvTables } from '../../../src/graph/export/csv.js';
import { ExportError } from '../../../src/graph/export/index.js';
import { snapshotToGraph } from '../../../src/graph/model.js';
import type { Snapshot } from '../../../src/snapshot/schema.js';

// Text of the shape news carries; what matters here is what the cells hold, not the spans.
const TEXT = '=SUM(A1) said @harbourunion: -5 degrees. Lena Ortiz, head of the Harbour Union, agreed.';

function snapshot(): Snapshot {
  return {
    format: 'claimgraph-snapshot',
    version: 1,
    createdAt: '2026-11-21T10:00:00.000Z',
    documents: [
      { id: 'doc.txt', title: '', length: TEXT.length },
      { id: '-dash.txt', length: 3 },
    ],
    entities: [
      { id: 'person:lena-ortiz', type: 'Person', name: 'Lena Ortiz', aliases: ['Ortiz; Lena', 'L. Ortiz', 'Ortiz; Lena'], mentions: [] },
      { id: 'organization:harbour-union', type: 'Organization', name: '@harbourunion', aliases: [], mentions: [] },
    ],
    statements: [
      {
        id: 'st:doc.txt:30', docId: 'doc.txt', kind: 'indirect', content: '-5 degrees', start: 30, end: 40,
        cue: { text: 'said', start: 9, end: 13 }, speaker: { entityId: null, text: '=SUM(A1)', start: 0, end: 8 }, addressee: null,
        about: [], confidence: 0.5,
      },
    ],
    relations: [
      {
        id: 'rel:1', type: 'AFFILIATED_WITH', from: 'person:lena-ortiz', to: 'organization:harbour-union', docId: 'doc.txt',
        evidence: { text: 'Lena Ortiz, head of the Harbour Union', start: 41, end: 78 }, properties: { 'since:int': 'yesterday', delta: -5, level: 3 },
      },
      {
        id: 'rel:2', type: 'AFFILIATED_WITH', from: 'person:lena-ortiz', to: 'organization:harbour-union', docId: 'doc.txt',
        evidence: { text: 'Lena Ortiz', start: 41, end: 51 }, properties: { level: 'three' },
      },
    ],
  };
}

function file(tables: ReturnType<typeof csvTables>, name: string): string[] {
  return tables.files.find((f) => f.name === name)!.text.trimEnd().split('\n');
}

describe('csv export', () => {
  const graph = snapshotToGraph(snapshot());

  it('puts an apostrophe before a text cell a spreadsheet would run as a formula, and only there', () => {
    const tables = csvTables(graph);
    expect(file(tables, 'nodes_Entity.csv')).toContain("organization:harbour-union,'@harbourunion,,Entity|Organization");
    const statement = file(tables, 'nodes_Statement.csv');
    expect(statement[1]).toContain(",'-5 degrees,");
    expect(statement[1]).toContain(",'=SUM(A1),0,8");
    expect(file(tables, 'nodes_Document.csv')).toContain("'-dash.txt,,3,2026-11-21T10:00:00.000Z,Document");
    // A number is not text: -5 stays a number in a typed column.
    expect(file(tables, 'relationships_AFFILIATED_WITH.csv')[1]).toMatch(/,-5,/);
  });

  it('writes exact values with formulaGuard off (the bulk loader)', () => {
    const tables = csvTables(graph, { formulaGuard: false });
    expect(file(tables, 'nodes_Entity.csv')).toContain('organization:harbour-union,@harbourunion,,Entity|Organization');
    expect(file(tables, 'nodes_Statement.csv')[1]).toContain(',-5 degrees,');
  });

  it('joins arrays with a delimiter no value holds, and says which in the import script', () => {
    const tables = csvTables(graph);
    expect(tables.arrayDelimiter).toBe('|');
    // The aliases are a set, sorted, and the name is not among them.
    expect(file(tables, 'nodes_Entity.csv')).toContain('person:lena-ortiz,Lena Ortiz,L. Ortiz|Ortiz; Lena,Entity|Person');
    const script = csvExporter.write({ snapshot: snapshot(), graph }).find((f) => f.name === 'neo4j-admin-import.sh')!.text;
    expect(script).toContain("--array-delimiter='|'");
    expect(() => csvTables(graph, { arrayDelimiter: ';' })).toThrow(ExportError);
  });

  it('types headers from the values: a key named since:int holding text stays text', () => {
    const [header] = file(csvTables(graph), 'relationships_AFFILIATED_WITH.csv');
    const columns = header!.split(',');
    expect(columns).toContain('since:int:string');
    expect(columns).toContain('delta:long');
    // 3 in one relation, "three" in the other: written as text.
    expect(columns).toContain('level');
  });

  it('writes an empty string as "" and a missing value as nothing', () => {
    expect(file(csvTables(graph), 'nodes_Document.csv')).toContain(`doc.txt,"",${TEXT.length},2026-11-21T10:00:00.000Z,Document`);
  });

  it('refuses a key neo4j-admin would misread', () => {
    const s = snapshot();
    s.relations[0]!.properties = { 'weight(kg)': 3 };
    expect(() => csvTables(snapshotToGraph(s))).toThrow(/property key "weight\(kg\)" cannot be written/);
  });
});
