import { beforeAll, expect, it } from 'vitest';
import { ingestSnapshot } from '../../../src/graph/ingest/index.js';
import { NAMED_QUERIES } from '../../../src/graph/queries/index.js';
import type { Snapshot, Statement } from '../../../src/snapshot/schema.js';
import { clearDatabase, describeNeo4j, testNeo4j } from '../../helpers/neo4j.js';
import { seedSnapshot } from '../helpers.js';

/*
 * The named queries on the seed corpus, extracted by the real pipeline. Extraction improves
 * while this is written, so every expectation is computed from the snapshot itself: the queries
 * must give exactly what the snapshot says.
 */

let seed: Snapshot;
const entityName = new Map<string, string>();

async function named(name: string, params: Record<string, unknown> = {}) {
  const { driver, database } = await testNeo4j();
  return NAMED_QUERIES[name]!.run(driver, { limit: 10_000, ...params }, { database });
}

/** The most frequent value, ties broken by the value, so the choice is stable. */
function mostFrequent(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** Who the graph says spoke a statement: the entity's name, or the words naming an unresolved speaker. */
function speakerOf(s: Statement): string | null {
  if (!s.speaker) return null;
  if (s.speaker.entityId === null) return s.speaker.text;
  return entityName.get(s.speaker.entityId) ?? null;
}

function ids(rows: Record<string, unknown>[]): string[] {
  return rows.map((r) => String(r.id)).sort();
}

function resolved(s: Statement, field: 'speaker' | 'addressee'): string | undefined {
  const id = s[field]?.entityId;
  return id && entityName.has(id) ? id : undefined;
}

describeNeo4j('named queries on the seed corpus', () => {
  beforeAll(async () => {
    seed = await seedSnapshot();
    for (const e of seed.entities) entityName.set(e.id, e.name);
    await clearDatabase();
    const { driver, database } = await testNeo4j();
    await ingestSnapshot(driver, seed, { database });
  });

  it('said-about: every statement about X with its speaker, X by id, name or alias in any case', async () => {
    const topic = mostFrequent(seed.statements.flatMap((s) => s.about.filter((a) => entityName.has(a))));
    const expected = seed.statements.filter((s) => s.about.includes(topic));
    const byId = await named('said-about', { entity: topic });
    expect(ids(byId.rows)).toEqual(expected.map((s) => s.id).sort());
    for (const row of byId.rows) expect(row.speaker).toBe(speakerOf(expected.find((s) => s.id === row.id)!));
    const entity = seed.entities.find((e) => e.id === topic)!;
    expect(ids((await named('said-about', { entity: entity.name.toUpperCase() })).rows)).toEqual(ids(byId.rows));
    for (const alias of entity.aliases) {
      // An alias shared with another entity names both; the topic's statements are among the answers.
      expect(ids((await named('said-about', { entity: alias.toLowerCase() })).rows)).toEqual(expect.arrayContaining(ids(byId.rows)));
    }
  });

  it('said-by: what X said, in document and text order', async () => {
    const speaker = mostFrequent(seed.statements.map((s) => resolved(s, 'speaker')).filter((x): x is string => Boolean(x)));
    const expected = seed.statements.filter((s) => resolved(s, 'speaker') === speaker);
    const result = await named('said-by', { entity: speaker });
    expect(result.columns).toEqual(['speaker', 'statement', 'kind', 'cue', 'addressee', 'about', 'document', 'id']);
    expect(ids(result.rows)).toEqual(expected.map((s) => s.id).sort());
    const order = [...expected].sort((a, b) => (a.docId === b.docId ? a.start - b.start : a.docId < b.docId ? -1 : 1)).map((s) => s.id);
    expect(result.rows.map((r) => r.id)).toEqual(order);
  });

  it('talks-about-most: speakers of statements about X, counted', async () => {
    const topic = mostFrequent(seed.statements.flatMap((s) => s.about.filter((a) => entityName.has(a))));
    const counts = new Map<string, number>();
    for (const s of seed.statements) {
      const sp = resolved(s, 'speaker');
      if (sp && s.about.includes(topic)) counts.set(sp, (counts.get(sp) ?? 0) + 1);
    }
    const result = await named('talks-about-most', { entity: topic });
    expect(Object.fromEntries(result.rows.map((r) => [r.speakerId, r.statements]))).toEqual(Object.fromEntries(counts));
    const numbers = result.rows.map((r) => r.statements as number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });

  it('between: statements one of X and Y made to or about the other', async () => {
    const pairs = seed.statements.flatMap((s) => {
      const sp = resolved(s, 'speaker');
      const targets = [resolved(s, 'addressee'), ...s.about.filter((a) => entityName.has(a))].filter((t): t is string => Boolean(t) && t !== sp);
      return sp ? targets.map((t) => `${sp}\u0000${t}`) : [];
    });
    expect(pairs.length).toBeGreaterThan(0);
    const [x, y] = mostFrequent(pairs).split('\u0000') as [string, string];
    const touches = (s: Statement, a: string, b: string) => resolved(s, 'speaker') === a && (resolved(s, 'addressee') === b || s.about.includes(b));
    const expected = seed.statements.filter((s) => touches(s, x, y) || touches(s, y, x));
    const result = await named('between', { entity: x, other: y });
    expect(ids(result.rows)).toEqual(expected.map((s) => s.id).sort());
    expect(ids((await named('between', { entity: y, other: x })).rows)).toEqual(ids(result.rows));
  });

  it('most-quoted: statements per speaker, most first', async () => {
    const counts = new Map<string, number>();
    for (const s of seed.statements) {
      const sp = resolved(s, 'speaker');
      if (sp) counts.set(sp, (counts.get(sp) ?? 0) + 1);
    }
    const result = await named('most-quoted');
    expect(Object.fromEntries(result.rows.map((r) => [r.id, r.statements]))).toEqual(Object.fromEntries(counts));
    expect(result.rows[0]!.statements).toBe(Math.max(...counts.values()));
  });

  it('document: the statements of a document in text order', async () => {
    const docId = mostFrequent(seed.statements.map((s) => s.docId));
    const expected = seed.statements.filter((s) => s.docId === docId).sort((a, b) => a.start - b.start);
    const result = await named('document', { document: docId });
    expect(result.rows.map((r) => r.id)).toEqual(expected.map((s) => s.id));
    expect(result.rows.map((r) => r.speaker)).toEqual(expected.map(speakerOf));
  });

  it('most-mentioned: documents and mentions per entity', async () => {
    const result = await named('most-mentioned');
    expect(result.rows).toHaveLength(seed.entities.filter((e) => e.mentions.length > 0).length);
    for (const row of result.rows) {
      const e = seed.entities.find((x) => x.id === row.id)!;
      expect([row.documents, row.mentions]).toEqual([new Set(e.mentions.map((m) => m.docId)).size, e.mentions.length]);
    }
  });

  it('an unknown entity gives no rows, not an error', async () => {
    expect((await named('said-about', { entity: 'Nobody Of That Name' })).rows).toEqual([]);
  });
});
