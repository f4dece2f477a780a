import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArguments } from '../../../src/graph/bulk/admin.js';
import { occupied, unimportable } from '../../../src/graph/bulk/check.js';
import { createStaging } from '../../../src/graph/bulk/staging.js';
import { recoverInterruptedSwap } from '../../../src/graph/bulk/swap.js';
import { csvTables } from '../../../src/graph/export/csv.js';
import { serverLayout } from '../../../src/graph/local/paths.js';
import { snapshotToGraph } from '../../../src/graph/model.js';
import { readSnapshot } from '../../../src/snapshot/read.js';
import { useTempDir } from '../temp.js';

const tempDir = useTempDir('claimgraph-bulk-unit-', { each: true });

describe('the import command', () => {
  it('names every file, the array delimiter, and only the files whose values span lines as multiline', async () => {
    const graph = snapshotToGraph(await readSnapshot(join(import.meta.dirname, '..', 'fixtures', 'tiny.snapshot.json')));
    const staging = await createStaging(serverLayout(tempDir()));
    const args = importArguments(staging, csvTables(graph, { formulaGuard: false }), 'neo4j');
    expect(args.slice(0, 5)).toEqual(['database', 'import', 'full', 'neo4j', '--overwrite-destination=true']);
    expect(args).toContain('--array-delimiter=;');
    // "a line\nover two" is a statement's content.
    expect(args).toContain(`--multiline-fields=${staging.csv}/nodes_Statement.csv`);
    expect(args.filter((a) => a.startsWith('--nodes=')).map((a) => a.split('/').at(-1))).toEqual(['nodes_Document.csv', 'nodes_Entity.csv', 'nodes_Statement.csv']);
    expect(args.filter((a) => a.startsWith('--relationships='))).toHaveLength(6);
    // The staging is its owner's only: it holds the corpus.
    expect((await import('node:fs')).statSync(staging.dir).mode & 0o777).toBe(0o700);
    expect(await readFile(join(staging.conf, 'neo4j.conf'), 'utf8')).toContain(`server.directories.data=${staging.data}`);
  });
});

describe('what a bulk load refuses', () => {
  it('a database with nodes, or with indexes claimgraph did not make; not one with its own schema', () => {
    expect(occupied({ name: 'neo4j', nodes: 3, foreignSchema: [] })).toBe("database 'neo4j' is not empty (3 nodes)");
    expect(occupied({ name: 'neo4j', nodes: 0, foreignSchema: ['my_index'] })).toMatch(/indexes or constraints claimgraph did not make \(my_index\)/);
    expect(occupied({ name: 'neo4j', nodes: 0, foreignSchema: [] })).toBeUndefined();
  });

  it('a graph a CSV cannot carry exactly: values of several types under one key, parentheses in a key', async () => {
    const snapshot = await readSnapshot(join(import.meta.dirname, '..', 'fixtures', 'tiny.snapshot.json'));
    expect(unimportable(snapshotToGraph(snapshot))).toBeUndefined();
    const mixed = structuredClone(snapshot);
    mixed.relations.push({ ...mixed.relations[0]!, id: 'rel:2', properties: { since: 'long ago' } });
    expect(unimportable(snapshotToGraph(mixed))).toBe("relation property 'since' holds values of different types");
    const parens = structuredClone(snapshot);
    parens.relations[0]!.properties = { 'weight(kg)': 3 };
    expect(unimportable(snapshotToGraph(parens))).toMatch(/property key 'weight\(kg\)' holds parentheses/);
  });
});

describe('a swap cut short', () => {
  async function put(path: string, text: string) {
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, text);
  }

  it('is rolled back: the database moved aside comes back, the imported one goes', async () => {
    const layout = serverLayout(tempDir());
    const previous = join(layout.home, 'bulk', 'previous-1');
    await put(join(layout.data, 'databases', 'neo4j', 'store'), 'imported');
    await put(join(layout.data, 'transactions', 'neo4j', 'log'), 'imported');
    await put(join(previous, 'databases', 'neo4j', 'store'), 'empty before');
    await put(join(previous, 'transactions', 'neo4j', 'log'), 'empty before');
    await put(join(layout.home, 'bulk', 'swap.json'), JSON.stringify({ database: 'neo4j', previous, staging: join(layout.home, 'bulk', 'import-1') }));
    expect(await recoverInterruptedSwap(layout)).toMatch(/rolled back and database 'neo4j' is as it was before \(empty\): run the ingest again/);
    expect(await readFile(join(layout.data, 'databases', 'neo4j', 'store'), 'utf8')).toBe('empty before');
    expect(await readFile(join(layout.data, 'transactions', 'neo4j', 'log'), 'utf8')).toBe('empty before');
    expect(existsSync(previous)).toBe(false);
    expect(await recoverInterruptedSwap(layout)).toBeUndefined();
  });

  it('for a server that had no database yet, removes the imported one (Neo4j makes an empty one)', async () => {
    const layout = serverLayout(tempDir());
    await put(join(layout.data, 'databases', 'neo4j', 'store'), 'imported');
    await put(join(layout.home, 'bulk', 'swap.json'), JSON.stringify({ database: 'neo4j', previous: join(layout.home, 'bulk', 'previous-2'), staging: join(layout.home, 'bulk', 'import-2') }));
    await recoverInterruptedSwap(layout);
    expect(existsSync(join(layout.data, 'databases', 'neo4j'))).toBe(false);
  });
});
