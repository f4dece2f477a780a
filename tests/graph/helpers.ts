import type { Driver } from 'neo4j-driver';
import { join } from 'node:path';
import { plain } from '../../src/graph/queries/values.js';
import { testNeo4j } from '../helpers/neo4j.js';
import { extractCorpus } from '../../src/pipeline/extract-corpus.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

/** The seed corpus (corpus/ at the repository root) extracted by the real pipeline. */
export async function seedSnapshot(): Promise<Snapshot> {
  const root = join(import.meta.dirname, '..', '..');
  const { snapshot } = await extractCorpus([join(root, 'corpus')], { createdAt: new Date('2026-11-21T10:00:00.000Z') });
  return snapshot;
}

/**
 * The part of a snapshot about some of its documents (as if extracted on another machine): their
 * statements and relations, and the entities mentioned or referred to there (mentions in those
 * documents only).
 */
export function shard(snapshot: Snapshot, docIds: string[]): Snapshot {
  const docs = new Set(docIds);
  const statements = snapshot.statements.filter((s) => docs.has(s.docId));
  const relations = snapshot.relations.filter((r) => docs.has(r.docId));
  const referred = new Set([
    ...statements.flatMap((s) => [s.speaker?.entityId, s.addressee?.entityId, ...s.about]),
    ...relations.flatMap((r) => [r.from, r.to]),
  ]);
  const entities = snapshot.entities
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => docs.has(m.docId)) }))
    .filter((e) => e.mentions.length > 0 || referred.has(e.id));
  return { ...snapshot, documents: snapshot.documents.filter((d) => docs.has(d.id)), entities, statements, relations };
}

/** graphState of the test Neo4j (see tests/helpers/neo4j.ts). */
export async function testGraphState(): Promise<{ nodes: string[]; relationships: string[] }> {
  const { driver, database } = await testNeo4j();
  return graphState(driver, database);
}

/**
 * Everything the database holds, as sorted text lines (labels and properties of every node;
 * endpoints, type and properties of every relationship), for comparing two graphs exactly.
 */
export async function graphState(driver: Driver, database?: string): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props', {}, { database });
  const rels = await driver.executeQuery('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props', {}, { database });
  const line = (o: unknown) => JSON.stringify(sortKeys(plain(o)));
  return {
    nodes: nodes.records.map((r) => line({ labels: [...(r.get('labels') as string[])].sort(), props: r.get('props') })).sort(),
    relationships: rels.records.map((r) => line(r.toObject())).sort(),
  };
}

/** A value with every object's keys sorted (Neo4j returns properties in store order, which differs between loads). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)]));
  return value;
}

/** Nodes per label and relationships per type in the database. */
export async function databaseCounts(driver: Driver, database?: string): Promise<{ labels: Record<string, number>; types: Record<string, number> }> {
  const labels = await driver.executeQuery('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c', {}, { database });
  const types = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c', {}, { database });
  return {
    labels: Object.fromEntries(labels.records.map((r) => [r.get('l') as string, Number(r.get('c'))])),
    types: Object.fromEntries(types.records.map((r) => [r.get('t') as string, Number(r.get('c'))])),
  };
}

/** A snapshot in a canonical order (lists sorted), to compare a read-back with the original. */
export function canonical(snapshot: Snapshot): Snapshot {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { claims, ...rest } = snapshot;
  return {
    ...rest,
    documents: byId(snapshot.documents),
    entities: byId(snapshot.entities).map((e) => ({
      ...e,
      aliases: [...e.aliases].sort(),
      mentions: [...e.mentions].sort((a, b) => (a.docId === b.docId ? a.start - b.start : a.docId < b.docId ? -1 : 1)),
    })),
    statements: byId(snapshot.statements).map((s) => {
      const { cueClass, stance, ...fields } = s;
      const sorted = [...(stance ?? [])].sort((a, b) => (a.entityId < b.entityId ? -1 : 1));
      return { ...fields, ...(cueClass == null ? {} : { cueClass }), ...(sorted.length > 0 ? { stance: sorted } : {}), about: [...new Set(s.about)].sort() };
    }),
    relations: byId(snapshot.relations),
    ...(claims && claims.length > 0 ? { claims: byId(claims) } : {}),
  };
}
