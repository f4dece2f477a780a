import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerLayout } from '../local/paths.js';

/**
 * Where a bulk load prepares the database before it is swapped in: `<home>/bulk/<stamp>/`, with
 * the CSV files and a Neo4j home of its own whose data directory neo4j-admin imports into. The
 * server's own data is not touched meanwhile, so an import that fails or is interrupted leaves
 * the database as it was. Readable by its owner only: it holds the corpus.
 */
export interface Staging {
  dir: string;
  csv: string;
  /** NEO4J_HOME of the import, with conf/neo4j.conf pointing its data and logs here. */
  home: string;
  conf: string;
  data: string;
  /** neo4j-admin's report of bad entries. */
  report: string;
}

/** The folder of every staging of a server. */
export function bulkRoot(layout: ServerLayout): string {
  return join(layout.home, 'bulk');
}

/** A new staging folder, with the conf neo4j-admin reads. */
export async function createStaging(layout: ServerLayout): Promise<Staging> {
  const dir = join(bulkRoot(layout), `import-${Date.now()}-${process.pid}`);
  const home = join(dir, 'neo4j');
  const staging: Staging = { dir, csv: join(dir, 'csv'), home, conf: join(home, 'conf'), data: join(home, 'data'), report: join(dir, 'import.report') };
  await mkdir(bulkRoot(layout), { recursive: true, mode: 0o700 });
  for (const d of [dir, staging.csv, home, staging.conf, staging.data]) await mkdir(d, { recursive: true, mode: 0o700 });
  const conf = [
    '# Written by claimgraph for one bulk import; removed with it.',
    `server.directories.data=${staging.data}`,
    `server.directories.logs=${join(home, 'logs')}`,
    `server.directories.run=${join(home, 'run')}`,
    '',
  ].join('\n');
  await writeFile(join(staging.conf, 'neo4j.conf'), conf, { mode: 0o600 });
  return staging;
}

/** Remove stagings left by bulk loads that were killed (the caller holds the bulk lock), the swap record aside. */
export async function removeLeftovers(layout: ServerLayout): Promise<void> {
  for (const name of await readdir(bulkRoot(layout)).catch(() => [] as string[])) {
    if (name.startsWith('import-')) await rm(join(bulkRoot(layout), name), { recursive: true, force: true });
  }
}
