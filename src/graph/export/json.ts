import { serializeSnapshot } from '../../snapshot/write.js';
import type { Exporter } from './types.js';

export interface JsonOptions {
  /** One line instead of indented. */
  compact: boolean;
}

/** The snapshot itself (from Neo4j: the graph read back into the snapshot shape). */
export const jsonExporter: Exporter<JsonOptions> = {
  format: 'json',
  description: 'the snapshot (claimgraph-snapshot JSON)',
  output: 'file',
  DEFAULTS: { compact: false },
  write({ snapshot }, options = {}) {
    const { compact } = { ...jsonExporter.DEFAULTS, ...options };
    return [{ name: '', text: serializeSnapshot(snapshot, compact) }];
  },
};
