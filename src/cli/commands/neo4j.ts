import { defineCommand, type CommandContext } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { localNeo4jStatus, parsePort, resolveDataDir, serverLayout, startLocalNeo4j, stopLocalNeo4j } from '../../graph/local/index.js';

/** `claimgraph neo4j start|stop|status`: the local Neo4j server of a data directory. */
export default defineCommand({
  summary: 'Start, stop or inspect the local Neo4j server',
  usage: 'claimgraph neo4j start|stop|status [--dir DIR] [--bolt-port N] [--http-port N] [--json]',
  description: [
    'start: runs Neo4j 5.26 Community in the background, on 127.0.0.1 only, with a generated',
    'password saved (mode 0600) in DIR/neo4j/password. The first start fetches Neo4j from Maven',
    'Central (needs Java 17+ and Maven) into ~/.cache/claimgraph, shared by every data directory.',
    'Returns once Bolt answers and prints the URI; when already running, says so (exit 0).',
    'stop: stops the server this data directory started (and nothing else).',
    'status: running or not, the Neo4j version and URI.',
    'Environment: CLAIMGRAPH_HOME (data directory, default ./.claimgraph), CLAIMGRAPH_BOLT_PORT',
    '(default 7687), CLAIMGRAPH_HTTP_PORT (default 7474), CLAIMGRAPH_NEO4J_HEAP (default 1g),',
    'CLAIMGRAPH_NEO4J_PAGECACHE (default 512m), JAVA_HOME, XDG_CACHE_HOME.',
  ].join('\n'),
  options: {
    dir: { type: 'string' },
    'bolt-port': { type: 'string' },
    'http-port': { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    dir: 'the data directory (default $CLAIMGRAPH_HOME, else ./.claimgraph)',
    'bolt-port': 'Bolt port for start (default $CLAIMGRAPH_BOLT_PORT, else 7687)',
    'http-port': 'HTTP port for start (default $CLAIMGRAPH_HTTP_PORT, else 7474)',
    json: 'print the result as one JSON object (never the password)',
  },
  examples: [
    'claimgraph neo4j start',
    'CLAIMGRAPH_HOME=/tmp/cg-a CLAIMGRAPH_BOLT_PORT=7701 CLAIMGRAPH_HTTP_PORT=7401 claimgraph neo4j start',
    'claimgraph neo4j status --json',
    'claimgraph neo4j stop',
  ],
  async run(values, positionals, ctx) {
    const [action, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    const dir = resolveDataDir(ctx.env, ctx.cwd, values.dir as string | undefined);
    const json = values.json === true;
    switch (action) {
      case 'start':
        return start(dir, values, json, ctx);
      case 'stop':
        return stop(dir, json, ctx);
      case 'status':
        return status(dir, json, ctx);
      case undefined:
        throw new UsageError('give an action: start, stop or status');
      default:
        throw new UsageError(`unknown action '${action}' (start, stop or status)`);
    }
  },
});

function portOption(value: unknown, name: string): number | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return parsePort(value, `--${name}`, 0);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

async function start(dir: string, values: Record<string, unknown>, json: boolean, ctx: CommandContext): Promise<number> {
  const result = await startLocalNeo4j({
    dir,
    boltPort: portOption(values['bolt-port'], 'bolt-port'),
    httpPort: portOption(values['http-port'], 'http-port'),
    env: ctx.env,
    onProgress: (line) => ctx.stderr.write(`${line}\n`),
  });
  const passwordFile = serverLayout(dir).passwordFile;
  if (json) {
    const { password: _secret, ...shown } = result;
    ctx.stdout.write(`${JSON.stringify({ ...shown, dir, passwordFile })}\n`);
    return EXIT.ok;
  }
  const state = result.alreadyRunning ? 'already running' : 'started';
  ctx.stdout.write(`Neo4j ${result.version} ${state} at ${result.uri} (pid ${result.pid}; HTTP ${result.httpUri}; user ${result.username}, password in ${passwordFile})\n`);
  return EXIT.ok;
}

async function stop(dir: string, json: boolean, ctx: CommandContext): Promise<number> {
  const result = await stopLocalNeo4j(dir, { onProgress: (line) => ctx.stderr.write(`${line}\n`) });
  if (json) ctx.stdout.write(`${JSON.stringify({ dir, stopped: result.pid !== undefined, ...result })}\n`);
  else if (result.pid === undefined) ctx.stdout.write(`Neo4j is not running (data directory ${dir})\n`);
  else ctx.stdout.write(`Neo4j stopped (pid ${result.pid}${result.killed ? ', killed after not stopping in time' : ''})\n`);
  return EXIT.ok;
}

async function status(dir: string, json: boolean, ctx: CommandContext): Promise<number> {
  const s = await localNeo4jStatus(dir);
  if (json) ctx.stdout.write(`${JSON.stringify(s)}\n`);
  else if (!s.running) ctx.stdout.write(`Neo4j is not running (data directory ${dir})\n`);
  else {
    const state = s.answering ? 'running' : 'starting (Bolt not answering yet)';
    ctx.stdout.write(`Neo4j ${s.version ?? '?'} ${state} at ${s.uri} (pid ${s.pid}; HTTP ${s.httpUri}; data directory ${dir})\n`);
  }
  return EXIT.ok;
}
