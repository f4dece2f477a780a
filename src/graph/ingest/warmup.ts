import neo4j, { type Driver } from 'neo4j-driver';
import type { Snapshot, Statement } from '../../snapshot/schema.js';
import { snapshotToGraph } from '../model.js';
import { schemaStatements } from './cypher.js';
import { planLoad } from './plan.js';
import { ensureSchema } from './schema.js';
import { writeUnitBatch, type UnitContext } from './units.js';

/**
 * A warm-up for a newly started server: the loader's own statements, run on a made-up corpus in
 * transactions that are rolled back, so the JVM compiles the code a load runs and Cypher plans
 * its statements before the first real load. Nothing is kept but claimgraph's schema (which the
 * statements need, and every ingest makes anyway).
 */

/** A made-up corpus of `documents` documents with the shape of news: entities mentioned, statements with speakers, cues, addressees and targets. */
export function warmUpSnapshot(documents = 60): Snapshot {
  const entities = Array.from({ length: 40 }, (_, i) => ({
    id: `warmup:entity-${i}`,
    type: (['Person', 'Organization', 'Place'] as const)[i % 3]!,
    name: `Warmup Entity ${i}`,
    aliases: [`Entity ${i}`],
    mentions: [] as { docId: string; start: number; end: number; text: string }[],
  }));
  const snapshot: Snapshot = { format: 'claimgraph-snapshot', version: 1, createdAt: '2026-01-01T00:00:00.000Z', documents: [], entities, statements: [], relations: [] };
  for (let d = 0; d < documents; d++) {
    const docId = `warmup:doc-${d}`;
    snapshot.documents.push({ id: docId, title: `Warm-up ${d}`, source: 'Warm-up', publishedAt: '2026-01-01', length: 2000 });
    for (let m = 0; m < 12; m++) entities[(d * 7 + m) % entities.length]!.mentions.push({ docId, start: m * 100, end: m * 100 + 8, text: 'Warmup E' });
    for (let s = 0; s < 8; s++) {
      const about = [entities[(d + s) % entities.length]!.id];
      const statement: Statement = {
        id: `warmup:st-${d}-${s}`,
        docId,
        kind: (['direct', 'partial', 'indirect'] as const)[s % 3]!,
        content: 'words said',
        start: 1000 + s * 100,
        end: 1010 + s * 100,
        cue: { text: 'said', start: 1020 + s * 100, end: 1024 + s * 100 },
        cueClass: 'say',
        speaker: s % 4 === 3 ? { entityId: null, text: 'an official', start: 1030 + s * 100, end: 1041 + s * 100 } : { entityId: entities[(d + s + 1) % entities.length]!.id, text: 'Warmup E', start: s * 100, end: s * 100 + 8 },
        addressee: s % 2 === 0 ? { entityId: entities[(d + s + 2) % entities.length]!.id, text: 'Warmup E', start: 50, end: 58 } : null,
        about,
        confidence: 0.5,
        stance: [{ entityId: about[0]!, stance: 'neutral', score: 0, evidence: null }],
      };
      snapshot.statements.push(statement);
    }
    snapshot.relations.push({ id: `warmup:rel-${d}`, type: 'AFFILIATED_WITH', from: entities[d % entities.length]!.id, to: entities[(d + 1) % entities.length]!.id, docId, evidence: { text: 'x', start: 0, end: 1 } });
  }
  return snapshot;
}

/**
 * Warm the server up for `seconds` (or until `signal` aborts, checked between statements): the
 * loader's entity upserts and document batches of a made-up corpus, each round in a transaction
 * that is rolled back. Returns the rows written (and undone).
 */
export async function warmUp(driver: Driver, options: { database?: string; seconds: number; signal?: AbortSignal }): Promise<number> {
  const snapshot = warmUpSnapshot();
  const graph = snapshotToGraph(snapshot);
  const plan = planLoad(graph, { batchSize: 10_000, concurrency: 1 });
  const ctx: UnitContext = {
    nodeTypes: new Map(graph.nodeKeys.map((k) => [k.name, k.type])),
    edgeTypes: new Map(graph.edgeKeys.map((k) => [k.name, k.type])),
    relationTypes: new Set(['AFFILIATED_WITH']),
    nodeKeys: plan.nodeKeys,
    edgeKeys: plan.edgeKeys,
  };
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  let rows = 0;
  try {
    if (options.signal?.aborted) return 0;
    await ensureSchema(session, schemaStatements(['AFFILIATED_WITH']));
    const until = Date.now() + options.seconds * 1000;
    const going = () => Date.now() < until && !options.signal?.aborted;
    while (going()) {
      const tx = await session.beginTransaction();
      try {
        for (const u of plan.entities) if (going()) await tx.run(u.cypher, { rows: u.rows.map((r) => u.layout.typed(r, ctx.nodeTypes)) });
        for (const batch of plan.units) if (going()) await writeUnitBatch(tx, batch, ctx);
      } finally {
        await tx.rollback();
      }
      rows += graph.nodes.length + graph.edges.length;
    }
  } finally {
    await session.close();
  }
  return rows;
}
