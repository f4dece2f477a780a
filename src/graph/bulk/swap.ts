import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerLayout } from '../local/paths.js';
import { stopLocalNeo4j } from '../local/stop.js';
import { bulkRoot, type Staging } from './staging.js';

/**
 * Swapping an imported database in for the server's own: with the server stopped, its store
 * (`data/databases/NAME`) and transaction logs (`data/transactions/NAME`) are moved aside and the
 * imported ones moved in, then it starts. A record of the swap is written first, so a swap cut
 * short (the process killed while the server is down) is rolled back by the next start: see
 * recoverInterruptedSwap.
 */

/** The two folders of one database under a data directory. */
function databaseDirs(data: string, database: string): { store: string; logs: string } {
  return { store: join(data, 'databases', database), logs: join(data, 'transactions', database) };
}

interface SwapRecord {
  database: string;
  /** Where the server's own folders were moved, and the staging they came from. */
  previous: string;
  staging: string;
}

function recordFile(layout: ServerLayout): string {
  return join(bulkRoot(layout), 'swap.json');
}

async function move(from: string, to: string): Promise<void> {
  if (!existsSync(from)) return;
  await mkdir(join(to, '..'), { recursive: true });
  await rename(from, to);
}

/** Put the folders moved aside back (removing whatever took their place), and forget the swap. */
async function rollBack(layout: ServerLayout, record: SwapRecord): Promise<void> {
  const live = databaseDirs(layout.data, record.database);
  const previous = databaseDirs(record.previous, record.database);
  for (const key of ['store', 'logs'] as const) {
    await rm(live[key], { recursive: true, force: true });
    await move(previous[key], live[key]);
  }
  await rm(record.previous, { recursive: true, force: true });
  await rm(record.staging, { recursive: true, force: true });
  await rm(recordFile(layout), { force: true });
}

/**
 * Stop the server, swap the staged database in, and `restart` it (the caller holds the start
 * lock). If the server does not come up on the imported database, the swap is rolled back and the
 * server started as it was; the error then says so.
 */
export async function swapIn<T>(layout: ServerLayout, staging: Staging, database: string, restart: () => Promise<T>): Promise<T> {
  await stopLocalNeo4j(layout.dataDir);
  const record: SwapRecord = { database, previous: join(bulkRoot(layout), `previous-${Date.now()}`), staging: staging.dir };
  await writeFile(recordFile(layout), `${JSON.stringify(record)}\n`, { mode: 0o600 });
  const live = databaseDirs(layout.data, database);
  const staged = databaseDirs(staging.data, database);
  const previous = databaseDirs(record.previous, database);
  await move(live.store, previous.store);
  await move(live.logs, previous.logs);
  await move(staged.store, live.store);
  await move(staged.logs, live.logs);
  try {
    const started = await restart();
    await rm(recordFile(layout), { force: true });
    await rm(record.previous, { recursive: true, force: true });
    return started;
  } catch (err) {
    await stopLocalNeo4j(layout.dataDir).catch(() => undefined);
    await rollBack(layout, record);
    await restart().catch(() => undefined);
    throw new Error(`Neo4j did not start on the imported database, so the database was put back as it was: ${(err as Error).message}`);
  }
}

/**
 * Roll back a swap that was cut short (its record is still there): the server's own folders go
 * back, or, for a server that had none yet, the imported ones go (Neo4j then makes an empty
 * database). Returns a line to tell the user, or undefined when there was nothing to do. The
 * caller holds the start lock, with the server stopped.
 */
export async function recoverInterruptedSwap(layout: ServerLayout): Promise<string | undefined> {
  const text = await readFile(recordFile(layout), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let record: SwapRecord;
  try {
    record = JSON.parse(text) as SwapRecord;
  } catch {
    await rm(recordFile(layout), { force: true });
    return undefined;
  }
  await rollBack(layout, record);
  return `a bulk load was interrupted while it swapped its database in; it was rolled back and database '${record.database}' is as it was before (empty): run the ingest again`;
}
