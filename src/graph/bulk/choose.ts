import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serverLayout } from '../local/paths.js';
import { runningServerPid } from '../local/pids.js';

/** How `ingest` loads: bulk when it pays (auto), always bulk, or always in transactions. */
export type LoadMode = 'auto' | 'bulk' | 'transactional';

/**
 * The size (nodes + relationships) from which `auto` bulk loads an empty local database. Below
 * it the fixed cost of a bulk load (the importer's start, stopping and starting the server)
 * exceeds what transactions take; measured with `npm run bench` (see the README's Performance).
 * CLAIMGRAPH_BULK_MIN_ROWS overrides it.
 */
export const BULK_MIN_ROWS = 200_000;

/** The bulk threshold in force: CLAIMGRAPH_BULK_MIN_ROWS when set to a number, else BULK_MIN_ROWS. */
export function bulkMinRows(env: NodeJS.ProcessEnv): number {
  const given = Number(env.CLAIMGRAPH_BULK_MIN_ROWS);
  return env.CLAIMGRAPH_BULK_MIN_ROWS !== undefined && Number.isInteger(given) && given >= 0 ? given : BULK_MIN_ROWS;
}

/** Whether a load of `rows` in `mode` should try the bulk path (which still checks the database is empty). */
export function wantsBulk(mode: LoadMode, rows: number, env: NodeJS.ProcessEnv): boolean {
  return mode === 'bulk' || (mode === 'auto' && rows >= bulkMinRows(env));
}

/**
 * Whether the local server of `dataDir` has never run (no store yet) and is not running: a bulk
 * load can then import before its first start, with no restart at all.
 */
export async function neverStarted(dataDir: string): Promise<boolean> {
  const layout = serverLayout(dataDir);
  return !existsSync(join(layout.data, 'databases', 'neo4j')) && (await runningServerPid(layout)) === undefined;
}
