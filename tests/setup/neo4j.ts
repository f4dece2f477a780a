import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { localNeo4jStatus, serverLayout, startLocalNeo4j, stopLocalNeo4j } from '../../src/graph/local/index.js';
import { isAlive } from '../../src/graph/local/pids.js';

/** What the integration tests receive (see tests/helpers/neo4j.ts); the password is included. */
export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database?: string;
  local: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Neo4j of this run, or null when none could be started outside CI. */
    neo4j: TestNeo4j | null;
    /** Why `neo4j` is null. */
    neo4jUnavailable: string;
  }
}

/** Ports of the tests' own local server, beside a developer's on 7687/7474. */
const TEST_BOLT_PORT = 7688;
const TEST_HTTP_PORT = 7475;

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/**
 * Global setup of the integration project. With NEO4J_URI set, the tests use that server
 * (NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE). Otherwise the local server of CLAIMGRAPH_HOME
 * (default <repo>/.claimgraph/test) is started on CLAIMGRAPH_BOLT_PORT / CLAIMGRAPH_HTTP_PORT
 * (default 7688 / 7475), or
 * reused when it already runs. The target is given to tests twice: `inject('neo4j')`, and as
 * NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD in process.env (set before the test workers start, so
 * CLI subprocesses spawned by tests find it too). Under CI=true a Neo4j that cannot start fails
 * the run; elsewhere the integration tests are skipped with a loud message, and counted in the
 * run's last line (skip-summary.ts). The integration and slow projects both use this setup; the
 * first to run sets NEO4J_URI (or learns that Neo4j cannot start) for the second.
 *
 * Several test runs may share one data directory (two engineers, or two terminals): each run
 * holds a lease file in the server's run/ directory while it runs. Teardown stops the server
 * only if a test setup started it (never one a person started) and no other run still holds a
 * lease; the last run out stops it.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const env = process.env;
  if (env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
      local: false,
    });
    project.provide('neo4jUnavailable', '');
    return undefined;
  }
  // The integration and slow projects share this setup: the second learns from the first.
  if (env.CLAIMGRAPH_TEST_NEO4J_UNAVAILABLE) {
    project.provide('neo4j', null);
    project.provide('neo4jUnavailable', env.CLAIMGRAPH_TEST_NEO4J_UNAVAILABLE);
    return undefined;
  }
  // Tests wipe their database, so by default they get a server of their own (own directory and
  // ports), never the graph `npm start` loaded into .claimgraph/.
  const dir = resolve(repoRoot, env.CLAIMGRAPH_HOME || '.claimgraph/test');
  env.CLAIMGRAPH_BOLT_PORT ||= String(TEST_BOLT_PORT);
  env.CLAIMGRAPH_HTTP_PORT ||= String(TEST_HTTP_PORT);
  const run = serverLayout(dir).run;
  const lease = join(run, `test-lease.${process.pid}`);
  const startedByTests = join(run, 'started-by-test-setup');
  await mkdir(run, { recursive: true });
  await writeFile(lease, `${process.pid}\n`);
  let started;
  try {
    started = await startLocalNeo4j({ dir, env, onProgress: (line) => process.stderr.write(`[neo4j setup] ${line}\n`) });
  } catch (err) {
    await rm(lease, { force: true });
    const reason = `local Neo4j in ${dir} could not start: ${(err as Error).message}`;
    if (env.CI === 'true') throw new Error(`${reason} (CI=true: failing the run)`);
    const bar = '!'.repeat(78);
    process.stderr.write(`\n${bar}\n!! SKIPPING Neo4j integration tests: ${reason}\n!! Set NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD to use another server.\n${bar}\n\n`);
    // For the last line of the run (tests/setup/skip-summary.ts), and for the next project's setup.
    env.CLAIMGRAPH_TEST_NEO4J_UNAVAILABLE = reason;
    project.provide('neo4j', null);
    project.provide('neo4jUnavailable', reason);
    return undefined;
  }
  process.stderr.write(`[neo4j setup] ${started.alreadyRunning ? 'using the running' : 'started'} Neo4j ${started.version} at ${started.uri} (${dir})\n`);
  const target: TestNeo4j = { uri: started.uri, username: started.username, password: started.password, local: true };
  project.provide('neo4j', target);
  project.provide('neo4jUnavailable', '');
  env.NEO4J_URI = target.uri;
  env.NEO4J_USERNAME = target.username;
  env.NEO4J_PASSWORD = target.password;
  // The marker names the server's pid, so a stale marker never makes us stop a server a person started.
  if (!started.alreadyRunning) await writeFile(startedByTests, `${started.pid}\n`);
  return async () => {
    await rm(lease, { force: true });
    const markedPid = Number(await readFile(startedByTests, 'utf8').catch(() => ''));
    if (!markedPid || markedPid !== (await localNeo4jStatus(dir)).pid || (await otherLeases(run)) > 0) return;
    const stopped = await stopLocalNeo4j(dir);
    await rm(startedByTests, { force: true });
    if (stopped.pid !== undefined) process.stderr.write(`[neo4j setup] stopped Neo4j (pid ${stopped.pid})\n`);
  };
}

/** How many other test runs still use the server (their lease files name live processes). */
async function otherLeases(run: string): Promise<number> {
  let live = 0;
  for (const name of await readdir(run).catch(() => [] as string[])) {
    const pid = Number(/^test-lease\.(\d+)$/.exec(name)?.[1]);
    if (!pid) continue;
    if (isAlive(pid)) live++;
    else await rm(join(run, name), { force: true });
  }
  return live;
}
