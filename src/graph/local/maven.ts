import { spawn } from 'node:child_process';
import { DownloadError, MavenMissingError } from './errors.js';

/** Progress of a Maven download: files fetched so far and their size. */
export interface DownloadProgress {
  files: number;
  bytes: number;
}

/** The pom whose runtime dependencies are exactly the Neo4j Community server's classpath. */
export function serverPom(version: string): string {
  const dep = (groupId: string, artifactId: string) =>
    `    <dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${version}</version></dependency>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<project xmlns="http://maven.apache.org/POM/4.0.0">',
    '  <modelVersion>4.0.0</modelVersion>',
    '  <groupId>local.claimgraph</groupId>',
    '  <artifactId>neo4j-community-server</artifactId>',
    `  <version>${version}</version>`,
    '  <packaging>pom</packaging>',
    '  <dependencies>',
    // org.neo4j:neo4j holds the Community edition and its entry point; neo4j-server the HTTP API.
    dep('org.neo4j', 'neo4j'),
    dep('org.neo4j.app', 'neo4j-server'),
    '  </dependencies>',
    '</project>',
    '',
  ].join('\n');
}

const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

/**
 * Copy the runtime dependencies of `pomDir/pom.xml` into `outputDir` with Maven, using
 * `localRepo` as Maven's repository. Calls `onProgress` as files arrive.
 */
export function copyDependencies(opts: {
  pomDir: string;
  outputDir: string;
  localRepo: string;
  env: NodeJS.ProcessEnv;
  onProgress?: (p: DownloadProgress) => void;
}): Promise<void> {
  const args = [
    '-B',
    '-f',
    `${opts.pomDir}/pom.xml`,
    `-Dmaven.repo.local=${opts.localRepo}`,
    `${DEPENDENCY_PLUGIN}:copy-dependencies`,
    '-DincludeScope=runtime',
    `-DoutputDirectory=${opts.outputDir}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: opts.pomDir, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const progress: DownloadProgress = { files: 0, bytes: 0 };
    const errors: string[] = [];
    let buffered = '';
    const onLine = (line: string) => {
      const done = /^(?:\[INFO\] )?Downloaded from \S+: \S+ \(([\d.]+) (B|kB|MB|GB)/.exec(line);
      if (done) {
        progress.files += 1;
        progress.bytes += Number.parseFloat(done[1]!) * ({ B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[done[2] as 'B'] ?? 1);
        opts.onProgress?.({ ...progress });
      } else if (line.startsWith('[ERROR]')) errors.push(line.slice(8).trim());
    };
    const onData = (data: Buffer) => {
      buffered += data.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      lines.forEach((l) => onLine(l.replace(/\x1b\[[0-9;]*m/g, '').trim()));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) => {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new MavenMissingError("Maven ('mvn') not found on PATH: it is needed once to fetch Neo4j from Maven Central (install it, e.g. apt-get install maven)"));
      } else reject(new DownloadError(`cannot run mvn: ${err.message}`));
    });
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const reason = errors.find((e) => /Could not|Failed|resolve|transfer/i.test(e)) ?? errors[0] ?? `mvn exit code ${code}`;
      reject(new DownloadError(`fetching Neo4j from Maven Central failed: ${reason.slice(0, 400)}`));
    });
  });
}
