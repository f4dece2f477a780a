import { writeFileAtomic } from '../io/atomic.js';
import type { Snapshot } from './schema.js';

/** The snapshot as JSON text: two-space indented, or one line with `compact`. */
export function serializeSnapshot(snapshot: Snapshot, compact = false): string {
  return `${JSON.stringify(snapshot, null, compact ? undefined : 2)}\n`;
}

/** Write a snapshot whole or not at all. */
export async function writeSnapshot(path: string, snapshot: Snapshot, compact = false): Promise<void> {
  await writeFileAtomic(path, [serializeSnapshot(snapshot, compact)]);
}
