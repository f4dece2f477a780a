import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { ServerStartError } from './errors.js';
import type { ServerLayout } from './paths.js';
import { isAlive } from './pids.js';
import { portAnswers } from './ports.js';
import { userLog } from './launch.js';

/**
 * Wait until the server answers `RETURN 1` over Bolt with the saved credentials. Fails with
 * ServerStartError, quoting the server's own error line, when it exits or takes too long.
 */
export async function waitUntilReady(opts: {
  layout: ServerLayout;
  pid: number;
  uri: string;
  boltPort: number;
  username: string;
  password: string;
  timeoutMs: number;
}): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  const driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.username, opts.password), { connectionTimeout: 5000, maxConnectionPoolSize: 1 });
  try {
    for (;;) {
      if (!isAlive(opts.pid)) {
        throw new ServerStartError(`Neo4j in ${opts.layout.home} exited during start: ${await lastError(opts.layout)} (see ${userLog(opts.layout)})`);
      }
      if (Date.now() > deadline) {
        throw new ServerStartError(`Neo4j in ${opts.layout.home} did not answer on Bolt port ${opts.boltPort} within ${Math.round(opts.timeoutMs / 1000)} s (see ${userLog(opts.layout)})`);
      }
      if (await portAnswers(opts.boltPort)) {
        // A plain auto-commit query: executeQuery would retry for 30 s while the server may be dying.
        const session = driver.session();
        try {
          await session.run('RETURN 1');
          return;
        } catch (err) {
          const code = (err as { code?: string }).code ?? '';
          if (code.startsWith('Neo.ClientError.Security')) {
            throw new ServerStartError(
              `Neo4j in ${opts.layout.home} rejects the password saved in ${opts.layout.passwordFile} (its database was created with another one; stop it and remove ${opts.layout.data} to start afresh)`,
            );
          }
        } finally {
          await session.close();
        }
      }
      await sleep(250);
    }
  } finally {
    await driver.close();
  }
}

/** The most telling line of the server's logs: its last ERROR, else the console's last line. */
export async function lastError(layout: ServerLayout): Promise<string> {
  for (const file of [userLog(layout), layout.consoleLog]) {
    const lines = (await readFile(file, 'utf8').catch(() => '')).split('\n').filter((l) => l.trim());
    const error = [...lines].reverse().find((l) => /\bERROR\b|Exception|Error:/.test(l));
    if (error) return error.replace(/^\S+ \S+ ERROR\s+/, '').slice(0, 500);
  }
  const console = (await readFile(layout.consoleLog, 'utf8').catch(() => '')).trim().split('\n');
  return console[console.length - 1]?.slice(0, 500) || 'no error logged';
}
