import { closeAllDrivers, openDriver, resolveTarget } from '../../graph/connection.js';
import { DEFAULT_BATCH_SIZE, ingestSnapshot } from '../../graph/ingest/index.js';
import { readSnapshot } from '../../snapshot/read.js';
import type { Snapshot } from '../../snapshot/schema.js';
import { defineCommand, type CommandContext } from '../command.js';
import { EXIT, ExitError, UsageError } from '../errors.js';
import { Progress } from '../progress.js';

export interface IngestCommandOptions {
  batchSize?: number;
  quiet?: boolean;
}

/**
 * Load a snapshot into the configured Neo4j (NEO4J_URI… or the local server), with progress
 * and a summary on stderr. Used by `claimgraph ingest` and `claimgraph extract --neo4j`.
 */
export async function ingestSnapshotCommand(snapshot: Snapshot, ctx: CommandContext, options: IngestCommandOptions = {}): Promise<number> {
  const target = await resolveTarget(ctx.env, ctx.cwd).catch(fail);
  const progress = options.quiet ? undefined : new Progress(ctx.stderr, `ingest into ${target.uri}`, 'rows');
  try {
    const driver = await openDriver(target).catch(fail);
    let last = 0;
    const result = await ingestSnapshot(driver, snapshot, {
      database: target.database,
      batchSize: options.batchSize,
      onProgress: (done, all) => {
        progress?.setTotal(all);
        progress?.tick(done - last);
        last = done;
      },
    }).catch(fail);
    const r = result.removed;
    const removed = r.statements + r.links + r.mentions + r.relations + r.entities + r.claims;
    progress?.finish(
      `${result.nodes} nodes and ${result.relationships} relationships merged` +
        (removed > 0 ? `; removed ${r.statements} stale statements, ${r.links + r.mentions + r.relations} stale relationships, ${r.entities} entities, ${r.claims} claims` : ''),
    );
    return EXIT.ok;
  } finally {
    await closeAllDrivers();
  }
}

function fail(err: unknown): never {
  throw new ExitError(EXIT.failed, err instanceof Error ? err.message : String(err));
}

export default defineCommand({
  summary: 'Load a snapshot into Neo4j (idempotent)',
  usage: 'claimgraph ingest SNAPSHOT [--batch-size N] [--quiet]',
  description: [
    'Writes the snapshot into the configured Neo4j: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD',
    '(and NEO4J_DATABASE) when set, else the local server of `claimgraph neo4j start`.',
    'Ingesting is idempotent (MERGE on ids backed by uniqueness constraints): the same snapshot',
    'again changes nothing, a newer snapshot of the same documents updates them in place and',
    'removes what it no longer holds for them; other documents are left as they are, so shares of',
    'a corpus can be ingested one by one or at once, from several machines, into one database.',
    'If an ingest is interrupted, run it again: it completes the graph.',
  ].join('\n'),
  options: {
    'batch-size': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  },
  optionHelp: {
    'batch-size': `rows a write transaction (default ${DEFAULT_BATCH_SIZE})`,
    quiet: 'no progress on stderr',
  },
  examples: ['claimgraph ingest snapshot.json', 'NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io NEO4J_PASSWORD=… claimgraph ingest snapshot.json'],
  async run(values, positionals, ctx) {
    if (positionals.length !== 1) throw new UsageError('give one SNAPSHOT file');
    let batchSize: number | undefined;
    if (values['batch-size'] !== undefined) {
      batchSize = Number(values['batch-size']);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch-size must be a positive whole number, not '${values['batch-size']}'`);
    }
    const snapshot = await readSnapshot(positionals[0]!).catch(fail);
    return ingestSnapshotCommand(snapshot, ctx, { batchSize, quiet: Boolean(values.quiet) });
  },
});
