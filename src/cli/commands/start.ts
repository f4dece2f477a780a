import { defineCommand } from '../command.js';
import { ExitError, EXIT } from '../errors.js';

// Placeholder until the command's issue lands.
export default defineCommand({
  summary: 'start',
  usage: 'claimgraph start',
  options: {},
  async run() {
    throw new ExitError(EXIT.failed, 'not built yet');
  },
});
