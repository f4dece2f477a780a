import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generatePassword, removeInitialPassword, systemDatabaseExists, writeInitialPassword } from './auth.js';
import { classDataOptions, rememberRecording, saveRecordedClassData } from './class-data.js';
import { writeServerConf } from './conf.js';
import { ensureDistribution, neo4jVersion } from './distribution.js';
import { ServerStartError } from './errors.js';
import { findJava } from './java.js';
import { jvmArgs, launchServer } from './launch.js';
import { withLock } from './lock.js';
import { cacheDir, serverLayout, type ServerLayout } from './paths.js';
import { isAlive, removePidFile, runningServerPid } from './pids.js';
import { assertPortFree, parsePort } from './ports.js';
import { waitUntilReady } from './ready.js';
import { readPassword, readServerSettings, writePassword, writeServerSettings } from './settings.js';
import { stopServerProcess } from './stop.js';
import { recoverInterruptedSwap } from '../bulk/swap.js';

export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_HTTP_PORT = 7474;
const DEFAULT_START_TIMEOUT_MS = 240_000;

/** A memory size such as `512m` or `2g` (JVM and neo4j.conf both accept it), or `fallback`. */
function memorySize(value: string | undefined, name: string, fallback: string): string {
  const size = value?.trim().toLowerCase();
  if (!size) return fallback;
  if (!/^\d+[kmg]$/.test(size)) throw new ServerStartError(`${name}: '${value}' is not a memory size like 512m or 2g`);
  return size;
}

/** Call `fn` at most once every `ms` milliseconds; calls in between are dropped. */
function throttle<T>(fn: (arg: T) => void, ms: number): (arg: T) => void {
  let last = 0;
  return (arg) => {
    const now = Date.now();
    if (now - last >= ms) {
      last = now;
      fn(arg);
    }
  };
}

/** How to start a local server. Ports default to CLAIMGRAPH_BOLT_PORT / CLAIMGRAPH_HTTP_PORT, then 7687 / 7474. */
export interface StartOptions {
  /** The claimgraph data directory (absolute). */
  dir: string;
  boltPort?: number;
  httpPort?: number;
  env?: NodeJS.ProcessEnv;
  /** One line of progress at a time (download and start); never contains a secret. */
  onProgress?: (line: string) => void;
  /** Maximum heap (default CLAIMGRAPH_NEO4J_HEAP, else `1g`) and page cache (CLAIMGRAPH_NEO4J_PAGECACHE, else `512m`). */
  heap?: string;
  pageCache?: string;
  /** How long to wait for Bolt to answer (default 240 s: a loaded 2-core machine is slow). */
  timeoutMs?: number;
  /** For the bulk loader's own restart: its swap is in progress, not interrupted (see bulk/swap.ts). */
  duringSwap?: boolean;
}

/** A running local server and how to reach it. */
export interface StartResult {
  uri: string;
  httpUri: string;
  username: string;
  password: string;
  version: string;
  pid: number;
  /** True when the server was already running and nothing was started. */
  alreadyRunning: boolean;
}

/**
 * Start the local Neo4j of `dir` in the background (fetching Neo4j on first use) and return
 * once it answers on Bolt; when it already runs, return its settings with `alreadyRunning`.
 * Throws JavaMissingError, MavenMissingError, DownloadError, PortInUseError or ServerStartError.
 */
export async function startLocalNeo4j(opts: StartOptions): Promise<StartResult> {
  const layout = serverLayout(opts.dir);
  await mkdir(layout.run, { recursive: true });
  return withStartLock(layout, () => startHoldingLock(opts));
}

/**
 * Run `work` holding the lock that starting the server of `layout` takes, so that no start
 * happens meanwhile (a bulk load stops the server, swaps its database and starts it again).
 */
export function withStartLock<T>(layout: ServerLayout, work: () => Promise<T>): Promise<T> {
  return withLock(join(layout.run, 'start.lock'), work);
}

/**
 * startLocalNeo4j for a caller that holds the start lock (see withStartLock). A bulk load that
 * was interrupted while it swapped the database in is rolled back first.
 */
export async function startHoldingLock(opts: StartOptions): Promise<StartResult> {
  const env = opts.env ?? process.env;
  const layout = serverLayout(opts.dir);
  const say = opts.onProgress ?? (() => undefined);
  const running = await runningServerPid(layout);
  if (running !== undefined) return describeRunning(layout, running);
  await removePidFile(layout);
  const recovered = opts.duringSwap ? undefined : await recoverInterruptedSwap(layout);
  if (recovered) say(recovered);

  // Settings, Java and ports first, so a typo, no Java or a taken port fails before a download.
  const boltPort = opts.boltPort ?? parsePort(env.CLAIMGRAPH_BOLT_PORT, 'CLAIMGRAPH_BOLT_PORT', DEFAULT_BOLT_PORT);
  const httpPort = opts.httpPort ?? parsePort(env.CLAIMGRAPH_HTTP_PORT, 'CLAIMGRAPH_HTTP_PORT', DEFAULT_HTTP_PORT);
  if (boltPort === httpPort) throw new ServerStartError(`Bolt and HTTP ports are both ${boltPort}; they must differ`);
  const heap = memorySize(opts.heap ?? env.CLAIMGRAPH_NEO4J_HEAP, 'CLAIMGRAPH_NEO4J_HEAP', '1g');
  const pageCache = memorySize(opts.pageCache ?? env.CLAIMGRAPH_NEO4J_PAGECACHE, 'CLAIMGRAPH_NEO4J_PAGECACHE', '512m');
  const java = await findJava(env);
  await assertPortFree(boltPort, 'Bolt', 'choose another with --bolt-port or CLAIMGRAPH_BOLT_PORT');
  await assertPortFree(httpPort, 'HTTP', 'choose another with --http-port or CLAIMGRAPH_HTTP_PORT');
  const version = neo4jVersion(env);
  const cache = cacheDir(env);
  const dist = await ensureDistribution({
    cache,
    version,
    env,
    onStart: () => say(`Fetching Neo4j ${version} Community from Maven Central into ${cache} (first use only)…`),
    onProgress: throttle((p) => say(`Neo4j download: ${p.files} files, ${(p.bytes / 1e6).toFixed(1)} MB`), 2000),
  });

  const username = 'neo4j';
  const password = await preparePassword(layout, username);
  await mkdir(layout.conf, { recursive: true });
  await mkdir(layout.logs, { recursive: true });
  await writeServerConf(layout, { boltPort, httpPort, pageCache });
  const uri = `bolt://127.0.0.1:${boltPort}`;
  await writeServerSettings(layout, { uri, username, boltPort, httpPort, version });

  const classData = await classDataOptions(dist, java);
  say(`Starting Neo4j ${version} in ${layout.home}…`);
  const { pid } = launchServer(java, jvmArgs(layout, dist, { heap, extra: classData.args }), layout, env);
  await writeFile(layout.pidFile, `${pid}\n`);
  await rememberRecording(layout, classData);
  try {
    await waitUntilReady({ layout, pid, uri, boltPort, username, password, timeoutMs: opts.timeoutMs ?? DEFAULT_START_TIMEOUT_MS });
  } catch (err) {
    const killed = isAlive(pid) && (await stopServerProcess(pid, layout, 180_000));
    await removePidFile(layout);
    await saveRecordedClassData(layout, !killed);
    throw err;
  }
  await removeInitialPassword(layout);
  return { uri, httpUri: `http://127.0.0.1:${httpPort}`, username, password, version, pid, alreadyRunning: false };
}

/** The saved password, created (with Neo4j's initial-password file) for a new data directory. */
async function preparePassword(layout: ServerLayout, username: string): Promise<string> {
  let password = await readPassword(layout);
  const initialised = systemDatabaseExists(layout);
  if (password === undefined) {
    if (initialised) {
      throw new ServerStartError(`${layout.passwordFile} is missing but ${layout.data} already has a database; remove ${layout.data} to start afresh`);
    }
    await mkdir(layout.home, { recursive: true });
    password = generatePassword();
    await writePassword(layout, password);
  }
  if (!initialised) await writeInitialPassword(layout, username, password);
  return password;
}

async function describeRunning(layout: ServerLayout, pid: number): Promise<StartResult> {
  const settings = await readServerSettings(layout);
  const password = await readPassword(layout);
  if (!settings || password === undefined) throw new ServerStartError(`Neo4j (pid ${pid}) runs in ${layout.home} but its settings or password file is missing`);
  await waitUntilReady({ layout, pid, uri: settings.uri, boltPort: settings.boltPort, username: settings.username, password, timeoutMs: DEFAULT_START_TIMEOUT_MS });
  return {
    uri: settings.uri,
    httpUri: `http://127.0.0.1:${settings.httpPort}`,
    username: settings.username,
    password,
    version: settings.version,
    pid,
    alreadyRunning: true,
  };
}
