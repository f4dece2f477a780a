import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DownloadError } from './errors.js';
import { withLock } from './lock.js';
import { copyDependencies, serverPom, type DownloadProgress } from './maven.js';

/** The Neo4j release we run: the newest 5.26 LTS patch on Maven Central when this was written. */
export const DEFAULT_NEO4J_VERSION = '5.26.30';

/** An unpacked Neo4j Community server: every jar of its classpath in one folder. */
export interface Distribution {
  version: string;
  /** The folder of jars (`<cache>/neo4j-community-<version>/lib`). */
  lib: string;
  /** The folder of this version in the cache (for its class-data archive). */
  root: string;
}

/** The Neo4j version to use: CLAIMGRAPH_NEO4J_VERSION (a 5.26.x) or the default. */
export function neo4jVersion(env: NodeJS.ProcessEnv): string {
  const wanted = env.CLAIMGRAPH_NEO4J_VERSION?.trim();
  if (!wanted) return DEFAULT_NEO4J_VERSION;
  if (!/^5\.26\.\d+$/.test(wanted)) throw new DownloadError(`CLAIMGRAPH_NEO4J_VERSION=${wanted}: only Neo4j 5.26.x is supported`);
  return wanted;
}

/**
 * The Neo4j server `version`, fetched from Maven Central on first use into the shared `cache`
 * and reused afterwards. Several processes may ask at once: one downloads, the others wait.
 */
export async function ensureDistribution(opts: {
  cache: string;
  version: string;
  env: NodeJS.ProcessEnv;
  onProgress?: (p: DownloadProgress) => void;
  onStart?: () => void;
}): Promise<Distribution> {
  const root = join(opts.cache, `neo4j-community-${opts.version}`);
  const dist: Distribution = { version: opts.version, lib: join(root, 'lib'), root };
  const complete = join(dist.lib, '.complete');
  if (existsSync(complete)) return dist;
  await mkdir(opts.cache, { recursive: true });
  return withLock(`${root}.lock`, async () => {
    if (existsSync(complete)) return dist;
    opts.onStart?.();
    const build = join(root, 'build');
    const partial = join(root, 'lib.partial');
    const localRepo = join(opts.cache, 'maven-repo');
    await rm(partial, { recursive: true, force: true });
    await mkdir(build, { recursive: true });
    await writeFile(join(build, 'pom.xml'), serverPom(opts.version));
    await copyDependencies({ pomDir: build, outputDir: partial, localRepo, env: opts.env, onProgress: opts.onProgress });
    const jars = (await readdir(partial)).filter((f) => f.endsWith('.jar'));
    if (!jars.some((j) => j.startsWith(`neo4j-${opts.version}`))) {
      throw new DownloadError(`Maven fetched ${jars.length} jars but not neo4j-${opts.version}.jar`);
    }
    await writeFile(join(partial, '.complete'), `${jars.length} jars\n`);
    await rm(dist.lib, { recursive: true, force: true });
    await rename(partial, dist.lib);
    // The jars now live in lib/; Maven's copy would only double the disk use.
    await rm(localRepo, { recursive: true, force: true });
    await rm(build, { recursive: true, force: true });
    return dist;
  });
}
