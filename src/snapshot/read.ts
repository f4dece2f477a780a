import { readFile } from 'node:fs/promises';
import { formatDiagnostic } from '../diagnostics.js';
import { checkSnapshot } from './check.js';
import type { Snapshot } from './schema.js';

/** A snapshot file that cannot be used; the message is one line naming the file. */
export class SnapshotReadError extends Error {
  override name = 'SnapshotReadError';
}

/** Read and check a snapshot file; any problem is a one-line SnapshotReadError naming the file. */
export async function readSnapshot(path: string): Promise<Snapshot> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SnapshotReadError(`${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new SnapshotReadError(`${path}: not JSON (${(err as Error).message})`);
  }
  const { snapshot, problems } = checkSnapshot(json, path);
  if (!snapshot || problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more; run claimgraph validate)` : '';
    throw new SnapshotReadError(`${formatDiagnostic(problems[0]!)}${more}`);
  }
  return snapshot;
}
