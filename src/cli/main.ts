#!/usr/bin/env node
// The entry point: the only place in claimgraph that ends the process.
import { main } from './run.js';

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
// Let pending stdout writes flush before leaving.
process.exitCode = code;
