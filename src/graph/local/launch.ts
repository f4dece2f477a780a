import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { Distribution } from './distribution.js';
import type { JavaRuntime } from './java.js';
import { makePrivate, type ServerLayout } from './paths.js';
import { ENTRY_POINT } from './pids.js';

/** Heap and class-data options of one launch. */
export interface JvmOptions {
  /** Maximum heap, e.g. `1g`. */
  heap: string;
  /** Extra JVM arguments (class-data sharing). */
  extra?: string[];
}

/** The JVM arguments Neo4j's own launcher uses, minus pre-touching memory (slow to start). */
export function jvmArgs(layout: ServerLayout, dist: Distribution, opts: JvmOptions): string[] {
  return [
    `-Xmx${opts.heap}`,
    '-Xms256m',
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    ...(opts.extra ?? []),
    '-cp',
    `${dist.lib}/*`,
    ENTRY_POINT,
    `--home-dir=${layout.home}`,
    `--config-dir=${layout.conf}`,
  ];
}

/**
 * Start the server in the background, detached from this process, its output appended to
 * `logs/console.log`. The data directory is made private first (paths.ts makePrivate) and the
 * server runs with a umask of 077, so its store, logs and transaction files are its owner's
 * only. Returns the pid and a promise that settles with the exit code should it exit while this
 * process still watches.
 */
export function launchServer(java: JavaRuntime, args: string[], layout: ServerLayout, env: NodeJS.ProcessEnv): { pid: number; exited: Promise<number | null> } {
  makePrivate(layout);
  const log = openSync(layout.consoleLog, 'a', 0o600);
  try {
    // A child inherits the umask. spawn() forks synchronously, so no other code of this process
    // runs while it is narrowed; a worker thread may not set it, so there a shell sets it and
    // execs Java (same pid).
    const [command, argv] = isMainThread ? [java.path, args] : ['/bin/sh', ['-c', 'umask 077 && exec "$0" "$@"', java.path, ...args]];
    const previous = isMainThread ? process.umask(0o077) : undefined;
    let child;
    try {
      child = spawn(command, argv, {
        cwd: layout.home,
        env: { ...env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf },
        detached: true,
        stdio: ['ignore', log, log],
      });
    } finally {
      if (previous !== undefined) process.umask(previous);
    }
    const exited = new Promise<number | null>((resolve) => {
      child.on('exit', (code) => resolve(code));
      child.on('error', () => resolve(-1));
    });
    child.unref();
    if (child.pid === undefined) throw new Error(`cannot start ${java.path}`);
    return { pid: child.pid, exited };
  } finally {
    closeSync(log);
  }
}

/** The path of Neo4j's own user log (neo4j.log) of this instance. */
export function userLog(layout: ServerLayout): string {
  return join(layout.logs, 'neo4j.log');
}
