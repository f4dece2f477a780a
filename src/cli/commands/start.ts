import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatDiagnostic } from '../../diagnostics.js';
import { extractCorpus } from '../../pipeline/extract-corpus.js';
import { writeSnapshot } from '../../snapshot/write.js';
import { defineCommand, type CommandContext } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { Progress } from '../progress.js';
import { neverStarted, wantsBulk } from '../../graph/bulk/choose.js';
import { resolveDataDir } from '../../graph/local/paths.js';
import { snapshotToGraph } from '../../graph/model.js';

/** Wait for Ctrl-C (or SIGTERM). */
function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

/**
 * Make sure a Neo4j is there: NEO4J_URI when set, else the local server, started on demand.
 * Returns false (after saying why) when there is none to be had, e.g. without Java.
 */
async function ensureNeo4j(ctx: CommandContext): Promise<boolean> {
  if (ctx.env.NEO4J_URI) return true;
  const local = await import('../../graph/local/index.js');
  try {
    const started = await local.startLocalNeo4j({
      dir: local.resolveDataDir(ctx.env, ctx.cwd),
      env: ctx.env,
      onProgress: (line) => ctx.stderr.write(`claimgraph start: ${line}\n`),
    });
    ctx.stderr.write(`claimgraph start: Neo4j ${started.version} ${started.alreadyRunning ? 'already running' : 'started'} at ${started.uri}\n`);
    return true;
  } catch (err) {
    if (!(err instanceof local.LocalNeo4jError)) throw err;
    ctx.stderr.write(`claimgraph start: no Neo4j: ${(err as Error).message}\n`);
    return false;
  }
}

/** Inputs of at least this many bytes may be large enough for a bulk load (about 11 MB of news make 200,000 rows). */
const BULK_SIZED_INPUT = 8 * 2 ** 20;

/** The bytes of the inputs (files, directories of files), as far as they can be read. */
async function inputBytes(paths: string[]): Promise<number> {
  let total = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) total += info.size;
    else if (info?.isDirectory()) total += await inputBytes((await readdir(path).catch(() => [] as string[])).map((name) => join(path, name)));
  }
  return total;
}

/**
 * Start the local server while the corpus is extracted, then warm it up (see
 * graph/ingest/warmup.ts) until the extraction is done: the first load then finds a server
 * running, its code compiled and the loader's statements planned.
 */
async function prepareNeo4j(ctx: CommandContext, extracted: AbortSignal): Promise<boolean> {
  if (!(await ensureNeo4j(ctx))) return false;
  if (extracted.aborted) return true;
  const { closeDriversFor, openDriver, resolveTarget } = await import('../../graph/connection.js');
  const { warmUp } = await import('../../graph/ingest/warmup.js');
  try {
    const target = await resolveTarget(ctx.env, ctx.cwd);
    await warmUp(await openDriver(target), { database: target.database, seconds: 120, signal: extracted });
    await closeDriversFor(target.uri);
  } catch (err) {
    ctx.stderr.write(`claimgraph start: warming Neo4j up failed (${(err as Error).message.split('\n', 1)[0]}); going on\n`);
  }
  return true;
}

export default defineCommand({
  summary: 'The main job: extract corpus/, load it into Neo4j, serve the explorer',
  usage: 'claimgraph start [INPUT...] [--port N] [--once]',
  description: [
    'Extracts INPUT (default: corpus/) into .claimgraph/snapshot.json, loads it into Neo4j',
    '(NEO4J_URI when set, else the local Neo4j, started on demand: see claimgraph neo4j) and serves',
    'the explorer on 127.0.0.1, printing its address. Without Java (or any Neo4j) it says so, keeps',
    'the snapshot and serves the explorer from it. The local Neo4j keeps running afterwards',
    '(claimgraph neo4j stop stops it).',
  ].join('\n'),
  options: {
    port: { type: 'string', short: 'p' },
    once: { type: 'boolean' },
  },
  optionHelp: {
    port: 'explorer port (default 5178; 0 = any free port)',
    once: 'extract and load, then exit without serving',
  },
  examples: ['claimgraph start', 'claimgraph start news/ --port 8080', 'claimgraph start --once'],
  async run(values, positionals, ctx) {
    const inputs = positionals.length > 0 ? positionals : [join(ctx.cwd, 'corpus')];
    let port: number | undefined;
    if (values.port !== undefined) {
      port = Number(values.port);
      if (!/^\d+$/.test(String(values.port)) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not '${values.port}'`);
    }
    const dataDir = join(ctx.cwd, '.claimgraph');
    await mkdir(dataDir, { recursive: true });
    const out = join(dataDir, 'snapshot.json');

    // The local server starts and warms up meanwhile, unless it never ran and the corpus may be
    // large enough to be bulk loaded before its first start.
    const local = !ctx.env.NEO4J_URI?.trim();
    const neo4jDir = resolveDataDir(ctx.env, ctx.cwd);
    const early = local && !((await neverStarted(neo4jDir)) && (await inputBytes(inputs)) >= BULK_SIZED_INPUT);
    const extracted = new AbortController();
    const prepared = early ? prepareNeo4j(ctx, extracted.signal) : undefined;
    prepared?.catch(() => undefined); // awaited below; this only keeps a failure meanwhile from being unhandled
    const progress = new Progress(ctx.stderr, 'extract', 'documents');
    const { snapshot, diagnostics } = await extractCorpus(inputs, {
      onDocument: () => progress.tick(),
      onDiagnostic: (d) => ctx.stderr.write(`${formatDiagnostic(d)}\n`),
    }).finally(() => extracted.abort());
    if (snapshot.documents.length === 0) {
      await prepared;
      ctx.stderr.write('claimgraph start: no document could be read; nothing to do\n');
      return EXIT.failed;
    }
    progress.finish(`${snapshot.entities.length} entities, ${snapshot.statements.length} statements`);
    await writeSnapshot(out, snapshot);
    ctx.stderr.write(`claimgraph start: snapshot written to ${out}\n`);

    // A large corpus for a local server that never ran is bulk loaded before its first start,
    // which then needs no restart (see src/graph/bulk/); otherwise the server starts first.
    const graph = snapshotToGraph(snapshot);
    const rows = graph.nodes.length + graph.edges.length;
    const bulkFirst = !prepared && local && wantsBulk('auto', rows, ctx.env) && (await neverStarted(neo4jDir));
    let useNeo4j = bulkFirst || (await (prepared ?? ensureNeo4j(ctx)));
    if (useNeo4j) {
      const { ingestSnapshotCommand } = await import('./ingest.js');
      const code = await ingestSnapshotCommand(snapshot, ctx, { graph }).catch((err: Error) => {
        ctx.stderr.write(`claimgraph start: loading into Neo4j failed: ${err.message}; the snapshot is kept\n`);
        return EXIT.failed;
      });
      useNeo4j = code === EXIT.ok;
    }
    const skipped = diagnostics.filter((d) => d.fatal).length;
    if (values.once) return skipped > 0 ? EXIT.partial : useNeo4j ? EXIT.ok : EXIT.failed;

    const { serveExplorer } = await import('../../viz/index.js');
    const running = await serveExplorer({
      ...(useNeo4j ? {} : { snapshot: out }),
      docs: inputs,
      port,
      env: ctx.env,
      cwd: ctx.cwd,
      warn: (line) => ctx.stderr.write(`claimgraph start: ${line}\n`),
    });
    ctx.stderr.write(`claimgraph start: explorer reading ${useNeo4j ? 'Neo4j' : out}; Ctrl-C to stop\n`);
    ctx.stdout.write(`${running.url}\n`);
    await untilInterrupted();
    await running.close();
    return EXIT.ok;
  },
});
