import { readSnapshot } from '../snapshot/read.js';
import { corpusFromSnapshot, type VizCorpus } from './corpus.js';
import type { GraphSource } from './source.js';

/** The graph of a snapshot file (read and validated once, when the server starts). */
export class SnapshotSource implements GraphSource {
  readonly kind = 'snapshot' as const;
  constructor(readonly label: string) {}

  async load(): Promise<VizCorpus> {
    return corpusFromSnapshot(await readSnapshot(this.label));
  }

  async close(): Promise<void> {}
}
