import { bulkLoad, BulkRefusedError, neverStarted, wantsBulk, type LoadMode } from '../../graph/bulk/index.js';
import { closeAllDrivers, openDriver, resolveTarget, type Neo4jTarget } from '../../graph/connection.js';
import { DEFAULT_BATCH_SIZE, ingestGraph } from '../../graph/ingest/index.js';
import { resolveDataDir } from '../../graph/local/paths.js';
import { snapshotToGraph, type GraphModel } from '../../graph/model.js';
import { readSnapshot } from '../../snapshot/read.js';
import type { Snapshot } from '../../snapshot/schema.js';
import { defineCommand, type CommandContext } from '../command.js';
import { EXIT, ExitError, UsageError } from '../errors.js';
import { Progress } from '../progress.js';

export interface IngestCommandOptions {
  batchSize?: number;
  quiet?: boolean;
  /** auto (default): bulk load an empty local database above the threshold, else transactions. */
  mode?: LoadMode;
  /** The snapshot's graph, when the caller has built it already. */
  graph?: GraphModel;
}

/**
 * Load a snapshot into the configured Neo4j (NEO4J_URI… or the local server), with progress
 * and a summary on stderr. Used by `claimgraph ingest`, `claimgraph extract --neo4j` and `start`.
 */
export async function ingestSnapshotCommand(snapshot: Snapshot, ctx: CommandContext, options: IngestCommandOptions = {}): Promise<number> {
  const mode = options.mode ?? 'auto';
  const graph = options.graph ?? snapshotToGraph(snapshot);
  const say = (line: string) => options.quiet || ctx.stderr.write(`ingest: ${line}\n`);
  try {
    const local = !ctx.env.NEO4J_URI?.trim();
    const dataDir = resolveDataDir(ctx.env, ctx.cwd);
    const rows = graph.nodes.length + graph.edges.length;
    // A local server that never ran has no settings yet: a bulk load imports, then starts it.
    const fresh = local && wantsBulk(mode, rows, ctx.env) && (await neverStarted(dataDir));
    const target = fresh ? undefined : await resolveTarget(ctx.env, ctx.cwd).catch(fail);
    if (mode === 'bulk' && target && !target.local) fail(new Error(`--bulk loads only into the local Neo4j claimgraph manages, and NEO4J_URI is set (${target.uri}); without --bulk the ingest runs in transactions`));
    if (wantsBulk(mode, rows, ctx.env) && (fresh || target?.local)) {
      const done = await bulk(graph, snapshot, { dataDir, target, ctx, say, mode });
      if (done) return EXIT.ok;
    }
    return await transactional(graph, snapshot, target!, ctx, options);
  } finally {
    await closeAllDrivers();
  }
}

/** The bulk path; false when `auto` finds the database unfit (not empty …) and transactions should load it. */
async function bulk(graph: GraphModel, snapshot: Snapshot, o: { dataDir: string; target?: Neo4jTarget; ctx: CommandContext; say: (line: string) => void; mode: LoadMode }): Promise<boolean> {
  const abort = new AbortController();
  const stop = () => {
    o.say('interrupted: stopping the import…');
    abort.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const relationTypes = [...new Set(snapshot.relations.map((r) => r.type))];
    const r = await bulkLoad(graph, relationTypes, { dataDir: o.dataDir, env: o.ctx.env, target: o.target, signal: abort.signal, onProgress: (line) => o.say(`bulk: ${line}`) });
    const p = r.phases;
    o.say(
      `${r.nodes} nodes and ${r.relationships} relationships bulk loaded in ${r.seconds.toFixed(1)} s ` +
        `(CSV ${p.csv.toFixed(1)} s, neo4j-admin ${p.import.toFixed(1)} s, restart ${p.restart.toFixed(1)} s, schema ${p.schema.toFixed(1)} s)`,
    );
    return true;
  } catch (err) {
    if (err instanceof BulkRefusedError && o.mode === 'auto') {
      if (!/is not empty/.test(err.message)) o.say(`${err.message.replace(/^bulk load: /, '')}: loading in transactions`);
      return false;
    }
    return fail(err);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

async function transactional(graph: GraphModel, snapshot: Snapshot, target: Neo4jTarget, ctx: CommandContext, options: IngestCommandOptions): Promise<number> {
  const progress = options.quiet ? undefined : new Progress(ctx.stderr, `ingest into ${target.uri}`, 'rows');
  const driver = await openDriver(target).catch(fail);
  const result = await ingestGraph(driver, snapshot, graph, {
    database: target.database,
    batchSize: options.batchSize,
    onProgress: (done, all) => progress?.reach(done, all),
  }).catch(fail);
  const r = result.removed;
  const removed = r.statements + r.links + r.mentions + r.relations + r.entities + r.claims;
  progress?.finish(
    `${result.nodes} nodes and ${result.relationships} relationships merged` +
      (removed > 0 ? `; removed ${r.statements} stale statements, ${r.links + r.mentions + r.relations} stale relationships, ${r.entities} entities, ${r.claims} claims` : ''),
  );
  return EXIT.ok;
}

function fail(err: unknown): never {
  throw new ExitError(EXIT.failed, err instanceof Error ? err.message : String(err));
}

export default defineCommand({
  summary: 'Load a snapshot into Neo4j (idempotent)',
  usage: 'claimgraph ingest SNAPSHOT [--bulk | --transactional] [--batch-size N] [--quiet]',
  description: [
    'Writes the snapshot into the configured Neo4j: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD',
    '(and NEO4J_DATABASE) when set, else the local server of `claimgraph neo4j start`.',
    'Ingesting is idempotent (MERGE on ids backed by uniqueness constraints): the same snapshot',
    'again changes nothing, a newer snapshot of the same documents updates them in place and',
    'removes what it no longer holds for them; other documents are left as they are, so shares of',
    'a corpus can be ingested one by one or at once, from several machines, into one database.',
    'If an ingest is interrupted, run it again: it completes the graph.',
    'Into an empty local database, a large snapshot is bulk loaded instead: the server stops,',
    'neo4j-admin imports the snapshot, and the server starts on it (clients reconnect). --bulk forces',
    'that (and refuses a database that is not empty or not local); --transactional never does it.',
  ].join('\n'),
  options: {
    'batch-size': { type: 'string' },
    bulk: { type: 'boolean' },
    transactional: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  },
  optionHelp: {
    'batch-size': `rows a write transaction (default ${DEFAULT_BATCH_SIZE})`,
    bulk: 'load with neo4j-admin import into the empty local database, whatever its size',
    transactional: 'load in transactions even where a bulk load would be chosen',
    quiet: 'no progress on stderr',
  },
  examples: [
    'claimgraph ingest snapshot.json',
    'claimgraph ingest big.json --bulk',
    'NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io NEO4J_PASSWORD=… claimgraph ingest snapshot.json',
  ],
  async run(values, positionals, ctx) {
    if (positionals.length !== 1) throw new UsageError('give one SNAPSHOT file');
    if (values.bulk && values.transactional) throw new UsageError('give --bulk or --transactional, not both');
    let batchSize: number | undefined;
    if (values['batch-size'] !== undefined) {
      batchSize = Number(values['batch-size']);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch-size must be a positive whole number, not '${values['batch-size']}'`);
    }
    const mode: LoadMode = values.bulk ? 'bulk' : values.transactional ? 'transactional' : 'auto';
    const snapshot = await readSnapshot(positionals[0]!).catch(fail);
    return ingestSnapshotCommand(snapshot, ctx, { batchSize, quiet: Boolean(values.quiet), mode });
  },
});
