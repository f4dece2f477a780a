import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/graph/local/index.js';

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

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/**
 * Global setup of the integration project. With NEO4J_URI set, the tests use that server
 * (NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE). Otherwise the local server of CLAIMGRAPH_HOME
 * (default <repo>/.claimgraph) is started on CLAIMGRAPH_BOLT_PORT / CLAIMGRAPH_HTTP_PORT, or
 * reused when it already runs. The target is given to tests twice: `inject('neo4j')`, and as
 * NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD in process.env (set before the test workers start, so
 * CLI subprocesses spawned by tests find it too). Under CI=true a Neo4j that cannot start fails
 * the run; elsewhere the integration tests are skipped with a loud message. Teardown stops the
 * server only if this setup started it.
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
  const dir = resolve(repoRoot, env.CLAIMGRAPH_HOME || '.claimgraph');
  let started;
  try {
    started = await startLocalNeo4j({ dir, env, onProgress: (line) => process.stderr.write(`[neo4j setup] ${line}\n`) });
  } catch (err) {
    const reason = `local Neo4j in ${dir} could not start: ${(err as Error).message}`;
    if (env.CI === 'true') throw new Error(`${reason} (CI=true: failing the run)`);
    const bar = '!'.repeat(78);
    process.stderr.write(`\n${bar}\n!! SKIPPING Neo4j integration tests: ${reason}\n!! Set NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD to use another server.\n${bar}\n\n`);
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
  if (started.alreadyRunning) return undefined;
  return async () => {
    const stopped = await stopLocalNeo4j(dir);
    if (stopped.pid !== undefined) process.stderr.write(`[neo4j setup] stopped Neo4j (pid ${stopped.pid})\n`);
  };
}
