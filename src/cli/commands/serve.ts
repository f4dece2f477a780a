import { defineCommand } from '../command.js';
import { ExitError, EXIT } from '../errors.js';

// Placeholder until the command's issue lands.
export default defineCommand({
  summary: 'serve',
  usage: 'claimgraph serve',
  options: {},
  async run() {
    throw new ExitError(EXIT.failed, 'not built yet');
  },
});
