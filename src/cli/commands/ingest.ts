import { defineCommand } from '../command.js';
import { ExitError, EXIT } from '../errors.js';

// Placeholder until the command's issue lands.
export default defineCommand({
  summary: 'ingest',
  usage: 'claimgraph ingest',
  options: {},
  async run() {
    throw new ExitError(EXIT.failed, 'not built yet');
  },
});

/** Used by `extract --neo4j`. */
export async function ingestSnapshotCommand(..._args: unknown[]): Promise<number> {
  throw new ExitError(EXIT.failed, 'not built yet');
}
