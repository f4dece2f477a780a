import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { resolveDataDir, serverLayout } from './local/paths.js';
import { LocalSettingsError, readPassword, readServerSettings } from './local/settings.js';

/** Where and as whom to connect. `local` is true for the server `claimgraph neo4j start` runs. */
export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  /** The database to use; the server's default database when absent. */
  database?: string;
  local: boolean;
}

/** Neo4j cannot be reached or used: one line, naming the server and the cause, never the password. */
export class Neo4jConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Neo4jConnectionError';
  }
}

/**
 * The Neo4j to use. Neo4j's own variables come first: NEO4J_URI (with NEO4J_USERNAME, default
 * `neo4j`, NEO4J_PASSWORD and optional NEO4J_DATABASE). Otherwise the local server's saved
 * settings in the data directory (CLAIMGRAPH_HOME or `./.claimgraph`). Throws
 * Neo4jConnectionError when neither exists.
 */
export async function resolveTarget(env: NodeJS.ProcessEnv, cwd: string): Promise<Neo4jTarget> {
  const uri = env.NEO4J_URI?.trim();
  const database = env.NEO4J_DATABASE?.trim() || undefined;
  if (uri) {
    const password = env.NEO4J_PASSWORD;
    if (password === undefined) throw new Neo4jConnectionError(`NEO4J_URI is set (${uri}) but NEO4J_PASSWORD is not`);
    return { uri, username: env.NEO4J_USERNAME?.trim() || 'neo4j', password, database, local: false };
  }
  const layout = serverLayout(resolveDataDir(env, cwd));
  try {
    const settings = await readServerSettings(layout);
    const password = settings && (await readPassword(layout));
    if (!settings || password === undefined) {
      throw new Neo4jConnectionError(
        `no Neo4j configured: run 'claimgraph neo4j start' (no local server in ${layout.dataDir}) or set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD`,
      );
    }
    return { uri: settings.uri, username: settings.username, password, database, local: true };
  } catch (err) {
    if (err instanceof LocalSettingsError) throw new Neo4jConnectionError(err.message);
    throw err;
  }
}

const drivers = new Map<string, Promise<Driver>>();

/**
 * The process's driver for `target`, created once and verified by running `RETURN 1` on the
 * target database. Failures become one-line Neo4jConnectionErrors: server down, wrong
 * credentials, unknown database. Closing the returned driver forgets it, so a later call opens
 * a fresh one.
 */
export async function openDriver(target: Neo4jTarget): Promise<Driver> {
  // The password is part of what makes a target, but only its hash is kept as a key.
  const secret = createHash('sha256').update(target.password).digest('hex');
  const key = [target.uri, target.username, secret, target.database ?? ''].join('\u0000');
  let pending = drivers.get(key);
  if (!pending) {
    pending = connect(target);
    drivers.set(key, pending);
    pending.catch(() => drivers.delete(key));
  }
  return pending;
}

/** Close every driver this process opened (for the end of a command or a test run). */
export async function closeAllDrivers(): Promise<void> {
  const all = [...drivers.values()];
  drivers.clear();
  await Promise.all(all.map(async (p) => (await p.catch(() => undefined))?.close()));
}

/**
 * Close this process's drivers for `uri`: after a bulk load swapped its database, a driver's
 * bookmarks name transactions the new database never had, and it would wait for them forever.
 */
export async function closeDriversFor(uri: string): Promise<void> {
  const keys = [...drivers.keys()].filter((key) => key.split('\u0000', 1)[0] === uri);
  const closing = keys.map((key) => drivers.get(key)!);
  for (const key of keys) drivers.delete(key);
  await Promise.all(closing.map(async (p) => (await p.catch(() => undefined))?.close()));
}

async function connect(target: Neo4jTarget): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
      userAgent: 'claimgraph',
      connectionTimeout: 10_000,
      connectionAcquisitionTimeout: 20_000,
    });
  } catch (err) {
    throw new Neo4jConnectionError(`Neo4j at ${target.uri}: ${scrub((err as Error).message, target.password)}`);
  }
  // One auto-commit query, not executeQuery: that would retry a refused connection for 30 s.
  const session = driver.session({ database: target.database });
  try {
    await session.run('RETURN 1');
    await session.close();
  } catch (err) {
    await session.close().catch(() => undefined);
    await driver.close().catch(() => undefined);
    throw describeConnectionFailure(err, target);
  }
  const close = driver.close.bind(driver);
  driver.close = async () => {
    for (const [key, value] of drivers) if ((await value.catch(() => undefined)) === driver) drivers.delete(key);
    return close();
  };
  return driver;
}

/** Turn a driver error met while connecting into one line for people. */
export function describeConnectionFailure(err: unknown, target: Neo4jTarget): Neo4jConnectionError {
  const code = (err as { code?: string }).code ?? '';
  const raw = firstLine(scrub(err instanceof Error ? err.message : String(err), target.password));
  const where = `Neo4j at ${target.uri}`;
  const hint = target.local ? "start it with 'claimgraph neo4j start'" : 'check NEO4J_URI and that the server is running';
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new Neo4jConnectionError(`${where}: authentication failed for user '${target.username}' (wrong username or password${target.local ? '' : ': check NEO4J_USERNAME and NEO4J_PASSWORD'})`);
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Neo4jConnectionError(`${where}: too many failed logins for user '${target.username}'; wait a few seconds and check the password`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jConnectionError(`${where}: database '${target.database ?? '(default)'}' does not exist (check NEO4J_DATABASE)`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseUnavailable' || code === 'Neo.TransientError.General.DatabaseUnavailable') {
    return new Neo4jConnectionError(`${where}: database '${target.database ?? '(default)'}' is unavailable (${raw})`);
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    // The driver's text is long; its cause ("connect ECONNREFUSED 127.0.0.1:7687") says it all.
    const cause = /Caused by: (.+)$/.exec(raw)?.[1] ?? (raw.startsWith('Could not perform discovery') ? 'no routing servers available' : raw);
    return new Neo4jConnectionError(`${where}: server not reachable (${cause}); ${hint}`);
  }
  return new Neo4jConnectionError(`${where}: ${code ? `${code}: ` : ''}${raw}`);
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.trim();
}

/** Remove the password from a message, should any library ever echo it. */
function scrub(text: string, password: string): string {
  return password ? text.split(password).join('***') : text;
}
