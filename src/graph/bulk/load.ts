import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { closeDriversFor, openDriver, type Neo4jTarget } from '../connection.js';
import { csvTables } from '../export/csv.js';
import { schemaStatements } from '../ingest/cypher.js';
import { ensureSchema } from '../ingest/schema.js';
import { ensureDistribution, neo4jVersion } from '../local/distribution.js';
import { findJava } from '../local/java.js';
import { withLock } from '../local/lock.js';
import { cacheDir, serverLayout, type ServerLayout } from '../local/paths.js';
import { runningServerPid } from '../local/pids.js';
import { beginStopLocalNeo4j } from '../local/stop.js';
import { readServerSettings } from '../local/settings.js';
import { startHoldingLock, startLocalNeo4j, withStartLock, type StartResult } from '../local/start.js';
import type { GraphModel } from '../model.js';
import { runAdminImport } from './admin.js';
import { occupancy, occupied, unimportable } from './check.js';
import { createStaging, removeLeftovers, type Staging } from './staging.js';
import { recoverInterruptedSwap, swapIn } from './swap.js';

/**
 * The bulk first load: the server stopped (while the graph is written as CSV files), the files
 * imported by Neo4j's own offline importer (`neo4j-admin database import full`, from the server's
 * jars) into a staging directory, swapped in for the empty database, the server started, and the
 * constraints and full-text indexes made. Only for the local server claimgraph manages, and only
 * into an empty database; until the swap the server's own database is untouched, so a failure or
 * an interruption before it leaves that as it was.
 */

/** A bulk load that cannot run (not local, not empty …): nothing was changed. */
export class BulkRefusedError extends Error {
  override name = 'BulkRefusedError';
}

/** A bulk load that failed or was interrupted; the message says what state the database is in. */
export class BulkLoadError extends Error {
  override name = 'BulkLoadError';
}

export interface BulkOptions {
  /** The claimgraph data directory of the local server. */
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** How to connect; absent for a data directory whose server never started. */
  target?: Neo4jTarget;
  /** Aborting before the swap stops the import and leaves the database as it was. */
  signal?: AbortSignal;
  onProgress?: (line: string) => void;
}

export interface BulkResult {
  nodes: number;
  relationships: number;
  seconds: number;
  /**
   * Seconds per phase: writing the CSV files, neo4j-admin, stopping the server (while the CSV
   * files are written) and starting it on the new database, making the schema.
   */
  phases: { csv: number; import: number; restart: number; schema: number };
}

/** Where a database's store lives: there is none before the server's first start. */
function hasStore(layout: ServerLayout, database = 'neo4j'): boolean {
  return existsSync(join(layout.data, 'databases', database));
}

/** The edges, each (type, id) once with its last properties, as the transactional loader leaves them. */
function distinctEdges(graph: GraphModel): GraphModel {
  const edges = new Map(graph.edges.map((e) => [`${e.type} ${e.id}`, e]));
  return edges.size === graph.edges.length ? graph : { ...graph, edges: [...edges.values()] };
}

/** What to check before a bulk load may run: throws BulkRefusedError with the reason. */
async function checkLoadable(driver: Driver, target: Neo4jTarget, graph: GraphModel): Promise<string> {
  const reason = unimportable(graph);
  if (reason) throw new BulkRefusedError(`bulk load: neo4j-admin cannot load this snapshot exactly (${reason}); load it in transactions`);
  const found = await occupancy(driver, target.database);
  const why = occupied(found);
  if (why) throw new BulkRefusedError(`bulk load: ${why}; a bulk load only fills an empty database, so nothing was changed (load it in transactions to merge into what is there)`);
  return found.name;
}

/**
 * Bulk load `graph` (of a snapshot whose relations have `relationTypes`) into the local server of
 * `opts.dataDir`. Throws BulkRefusedError (nothing changed) or BulkLoadError (saying what state
 * the database is in: as it was, unless the message says otherwise).
 */
export async function bulkLoad(input: GraphModel, relationTypes: string[], opts: BulkOptions): Promise<BulkResult> {
  const started = Date.now();
  const layout = serverLayout(opts.dataDir);
  const say = opts.onProgress ?? (() => undefined);
  const graph = distinctEdges(input);
  if (opts.target && !opts.target.local) throw new BulkRefusedError(`bulk load: ${opts.target.uri} is not the local Neo4j claimgraph manages (NEO4J_URI is set); load it in transactions`);
  return withLock(join(layout.run, 'bulk.lock'), async () => {
    // A swap cut short earlier is rolled back before anything else (the server is down then).
    if ((await runningServerPid(layout)) === undefined) {
      const recovered = await withStartLock(layout, () => recoverInterruptedSwap(layout));
      if (recovered) say(recovered);
    }
    await removeLeftovers(layout);
    let target = opts.target;
    let database = 'neo4j';
    const running = (await runningServerPid(layout)) !== undefined;
    if (running || hasStore(layout)) {
      if (!running) target = toTarget(await startLocalNeo4j({ dir: opts.dataDir, env: opts.env, onProgress: say }), opts.target?.database);
      if (!target) throw new BulkRefusedError(`bulk load: no settings for the local Neo4j in ${opts.dataDir}`);
      database = await checkLoadable(await openDriver(target), target, graph);
    } else {
      const reason = unimportable(graph);
      if (reason) throw new BulkRefusedError(`bulk load: neo4j-admin cannot load this snapshot exactly (${reason}); load it in transactions`);
    }

    const phases = { csv: 0, import: 0, restart: 0, schema: 0 };
    const timed = async <T>(phase: keyof typeof phases, work: () => Promise<T>): Promise<T> => {
      const t = Date.now();
      try {
        return await work();
      } finally {
        phases[phase] += (Date.now() - t) / 1000;
      }
    };
    const env = opts.env;
    const settings = await readServerSettings(layout);
    const start = (duringSwap: boolean) =>
      startHoldingLock({ dir: opts.dataDir, env, boltPort: settings?.boltPort, httpPort: settings?.httpPort, onProgress: say, duringSwap });
    const staging = await createStaging(layout);
    let swapped = false;
    let wasUp = false;
    let stopped: Promise<unknown> | undefined;
    // The start lock is held throughout: nobody starts the server while its database is replaced.
    return withStartLock(layout, async () => {
      try {
        // The database was found empty; stopped now, nothing can write to it before the swap, and
        // the import has the machine to itself. Stopping overlaps writing the CSV files.
        wasUp = (await runningServerPid(layout)) !== undefined;
        say(`stopping Neo4j and writing ${(graph.nodes.length + graph.edges.length).toLocaleString('en-US')} rows as CSV…`);
        stopped = (await beginStopLocalNeo4j(opts.dataDir)).done;
        const tables = await timed('csv', () => writeTables(staging, graph));
        await timed('restart', () => stopped!);
        const java = await findJava(env);
        const dist = await ensureDistribution({ cache: cacheDir(env), version: settings?.version ?? neo4jVersion(env), env });
        say('importing with neo4j-admin…');
        await timed('import', () => runAdminImport({ java, dist, staging, tables, database, env, signal: opts.signal, onProgress: (line) => say(`neo4j-admin: ${line}`) }));
        if (opts.signal?.aborted) throw new BulkLoadError('interrupted');
        say('swapping the imported database in and starting Neo4j…');
        const restarted = await timed('restart', () => swapIn(layout, staging, database, () => start(true)));
        swapped = true;
        if (target) await closeDriversFor(target.uri);
        target = toTarget(restarted, target?.database);
        await closeDriversFor(target.uri);
        say('making the constraints and full-text indexes…');
        await timed('schema', () => makeSchema(target!, relationTypes));
        return { nodes: graph.nodes.length, relationships: graph.edges.length, seconds: (Date.now() - started) / 1000, phases };
      } catch (err) {
        const cause = (err as Error).message;
        if (swapped) throw new BulkLoadError(`bulk load: the data is in, but making the schema failed: ${cause}; run the ingest again without --bulk to make it`);
        // The server's own database was never touched: start it again on it (swapIn rolls back its own failures).
        await stopped?.catch(() => undefined);
        if (wasUp) await start(false).catch(() => undefined);
        const interrupted = opts.signal?.aborted || cause === 'interrupted';
        throw new BulkLoadError(`bulk load ${interrupted ? 'interrupted' : `failed: ${cause}`}; the database is as it was (empty)${interrupted ? ': run the ingest again to load it' : ''}`);
      } finally {
        await rm(staging.dir, { recursive: true, force: true });
      }
    });
  });
}

/** The CSV files of the graph, exact (no spreadsheet guard), owner-readable only. */
async function writeTables(staging: Staging, graph: GraphModel) {
  const tables = csvTables(graph, { formulaGuard: false });
  for (const f of tables.files) await writeFile(join(staging.csv, f.name), f.text, { mode: 0o600 });
  return tables;
}

function toTarget(started: StartResult, database: string | undefined): Neo4jTarget {
  return { uri: started.uri, username: started.username, password: started.password, database, local: true };
}

/** The loader's schema, waited on until every index is online (the transactional path's are before it writes). */
async function makeSchema(target: Neo4jTarget, relationTypes: string[]): Promise<void> {
  const driver = await openDriver(target);
  const session = driver.session({ database: target.database });
  try {
    // Managed transactions: the driver's first connections after the restart may be stale, and these retry.
    await ensureSchema(session, schemaStatements([...relationTypes].sort()));
    await session.executeRead((tx) => tx.run('CALL db.awaitIndexes(600)'));
  } finally {
    await session.close();
  }
}
