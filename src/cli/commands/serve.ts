import { defineCommand } from '../command.js';
import { EXIT, UsageError } from '../errors.js';

/** Wait for Ctrl-C (or SIGTERM); the handler then closes the server and returns. */
function untilInterrupted(): Promise<string> {
  return new Promise((resolve) => {
    const done = (signal: string) => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve(signal);
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

export default defineCommand({
  summary: 'Serve the explorer page on 127.0.0.1',
  usage: 'claimgraph serve [--snapshot FILE] [--docs INPUT...] [--port N] [--host ADDR]',
  description: [
    'Serves the explorer (a Cytoscape.js page: who said what about whom, with the evidence) and',
    'prints its URL on stdout. The graph comes from Neo4j (the local server, or NEO4J_URI …),',
    'or from a snapshot file with --snapshot. --docs gives the documents (as for extract:',
    'directories, .txt, .jsonl) so that statements show in their sentences.',
    'Bound to 127.0.0.1 by default; with --host elsewhere, an access token is generated and',
    'required (it is part of the printed URL). Stop with Ctrl-C.',
  ].join('\n'),
  options: {
    snapshot: { type: 'string', short: 's' },
    docs: { type: 'string', multiple: true, short: 'd' },
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    token: { type: 'string' },
  },
  optionHelp: {
    snapshot: 'serve this snapshot file instead of Neo4j',
    docs: 'document inputs for the source sentences (repeatable; more INPUTs may follow)',
    port: 'port to listen on (default 5178; 0 = any free port)',
    host: 'address to bind (default 127.0.0.1; any other requires the token)',
    token: 'the access token to require off loopback (default: generated)',
    help: 'show this help',
  },
  examples: [
    'claimgraph serve --snapshot snapshot.json --docs corpus',
    'claimgraph serve --docs corpus --port 0',
    'claimgraph serve --snapshot s.json --host 0.0.0.0 --port 8080',
  ],
  async run(values, positionals, ctx) {
    const docs = [...((values.docs as string[] | undefined) ?? []), ...positionals];
    if (positionals.length > 0 && !values.docs) throw new UsageError(`unexpected argument '${positionals[0]}' (document inputs go after --docs)`);
    let port: number | undefined;
    if (values.port !== undefined) {
      port = Number(values.port);
      if (!/^\d+$/.test(String(values.port)) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not '${values.port}'`);
    }
    const { serveExplorer } = await import('../../viz/index.js');
    const running = await serveExplorer({
      snapshot: values.snapshot as string | undefined,
      docs,
      port,
      host: values.host as string | undefined,
      token: values.token as string | undefined,
      env: ctx.env,
      cwd: ctx.cwd,
      warn: (line) => ctx.stderr.write(`claimgraph serve: ${line}\n`),
    });
    const c = running.counts;
    ctx.stderr.write(`claimgraph serve: ${c.entities} entities, ${c.statements} statements, ${c.documents} documents (${c.texts} with text); Ctrl-C to stop\n`);
    if (running.token) ctx.stderr.write('claimgraph serve: bound off loopback: the URL carries the access token; share it only with whom may read the graph\n');
    ctx.stdout.write(`${running.url}\n`);
    await untilInterrupted();
    await running.close();
    return EXIT.ok;
  },
});
