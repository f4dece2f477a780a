import { chmodSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The data directory used when neither `--dir` nor `CLAIMGRAPH_HOME` is given. */
export const DEFAULT_DATA_DIR = '.claimgraph';

/** Where one local server keeps its files, all under `<data dir>/neo4j/`. */
export interface ServerLayout {
  /** The claimgraph data directory (`.claimgraph/` or `CLAIMGRAPH_HOME`). */
  dataDir: string;
  /** `<data dir>/neo4j`: Neo4j's home directory for this instance. */
  home: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  /** The generated password, mode 0600. */
  passwordFile: string;
  /** Saved connection settings (no secrets): see settings.ts. */
  settingsFile: string;
  /** The pid of the running server. */
  pidFile: string;
  /** The server's stdout/stderr. */
  consoleLog: string;
}

/** The data directory: an explicit one, else `CLAIMGRAPH_HOME`, else `./.claimgraph`; absolute. */
export function resolveDataDir(env: NodeJS.ProcessEnv, cwd: string, explicit?: string): string {
  const chosen = explicit ?? (env.CLAIMGRAPH_HOME || undefined) ?? DEFAULT_DATA_DIR;
  return resolve(cwd, chosen);
}

/** The file layout of the local server kept in `dataDir`. */
export function serverLayout(dataDir: string): ServerLayout {
  const home = join(dataDir, 'neo4j');
  const run = join(home, 'run');
  return {
    dataDir,
    home,
    conf: join(home, 'conf'),
    data: join(home, 'data'),
    logs: join(home, 'logs'),
    run,
    passwordFile: join(home, 'password'),
    settingsFile: join(home, 'server.json'),
    pidFile: join(run, 'neo4j.pid'),
    consoleLog: join(home, 'logs', 'console.log'),
  };
}

/** The download cache shared by every data directory: `$XDG_CACHE_HOME/claimgraph` or `~/.cache/claimgraph`. */
export function cacheDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'claimgraph');
}

/**
 * Make the data directory and everything of the server's private to its owner: the directories
 * 0700 (so nothing below them can be reached by other users) and the group and world bits off
 * every file the server wrote before (a store made by an older claimgraph was 0644). The
 * password hash lives in the system database, and the graph is the user's reading.
 */
export function makePrivate(layout: ServerLayout): void {
  for (const dir of [layout.dataDir, layout.home]) chmodSync(dir, 0o700);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isSymbolicLink()) continue;
      const mode = statSync(path).mode & 0o777;
      if (mode & 0o077) chmodSync(path, mode & 0o700);
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(layout.home);
}
