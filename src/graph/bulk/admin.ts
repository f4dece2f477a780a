import { spawn } from 'node:child_process';
import type { CsvTables } from '../export/csv.js';
import { delimiterArgument } from '../export/csv.js';
import { savedArchive } from '../local/class-data.js';
import type { Distribution } from '../local/distribution.js';
import type { JavaRuntime } from '../local/java.js';
import type { Staging } from './staging.js';

/** The Java class of `neo4j-admin`, in neo4j-command-line, one of the server's own jars. */
export const ADMIN_ENTRY_POINT = 'org.neo4j.cli.AdminTool';

/** neo4j-admin failed, or was stopped; the message quotes its own reason. */
export class AdminImportError extends Error {
  override name = 'AdminImportError';
  constructor(
    message: string,
    readonly interrupted = false,
  ) {
    super(message);
  }
}

/** The arguments of `neo4j-admin database import full` for the tables written in `staging.csv`. */
export function importArguments(staging: Staging, tables: CsvTables, database: string): string[] {
  const file = (name: string) => `${staging.csv}/${name}`;
  return [
    'database',
    'import',
    'full',
    database,
    '--overwrite-destination=true',
    `--array-delimiter=${delimiterArgument(tables.arrayDelimiter)}`,
    // Only the files that hold a value spanning lines are parsed the slow way.
    ...(tables.multiline.length > 0 ? ['--multiline-fields-format=v2', `--multiline-fields=${tables.multiline.map(file).join(',')}`] : []),
    `--report-file=${staging.report}`,
    ...tables.nodeFiles.map((f) => `--nodes=${file(f)}`),
    ...tables.relationshipFiles.map((f) => `--relationships=${file(f)}`),
  ];
}

/** One line of neo4j-admin's output that says where it is: a stage, a percentage, the end. */
function progressOf(line: string): string | undefined {
  const stage = /^\((\d)\/(\d)\) (.+?) \d{4}-/.exec(line);
  if (stage) return `stage ${stage[1]}/${stage[2]}: ${stage[3]!.toLowerCase()}`;
  const percent = /\s(\d+)% ∆/.exec(line);
  if (percent && Number(percent[1]) % 25 === 0) return `${percent[1]}%`;
  if (/^IMPORT DONE/.test(line)) return line.trim();
  return undefined;
}

/**
 * Run neo4j-admin's full import of `tables` into the staging data directory, with the server's
 * own jars (and its class-data archive, which maps the classes both load). Resolves when it is
 * done; rejects with AdminImportError quoting its reason, or when `signal` aborts (the tool is
 * killed; the staging is the caller's to remove).
 */
export function runAdminImport(opts: {
  java: JavaRuntime;
  dist: Distribution;
  staging: Staging;
  tables: CsvTables;
  database: string;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  onProgress?: (line: string) => void;
}): Promise<void> {
  const archive = savedArchive(opts.dist, opts.java);
  const args = [
    ...(archive ? [`-XX:SharedArchiveFile=${archive}`, '-Xshare:auto'] : []),
    '-XX:+UseG1GC',
    '-cp',
    `${opts.dist.lib}/*`,
    ADMIN_ENTRY_POINT,
    ...importArguments(opts.staging, opts.tables, opts.database),
  ];
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(new AdminImportError('neo4j-admin import: interrupted before it started', true));
    // Its files are its owner's only, as the server's are (a shell sets the umask and execs Java).
    const child = spawn('/bin/sh', ['-c', 'umask 077 && exec "$0" "$@"', opts.java.path, ...args], {
      cwd: opts.staging.dir,
      env: { ...opts.env, NEO4J_HOME: opts.staging.home, NEO4J_CONF: opts.staging.conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    let buffered = '';
    const onData = (data: Buffer) => {
      buffered += data.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (!/^[.\-]/.test(line) && line.trim()) tail.push(line.trim());
        if (tail.length > 40) tail.shift();
        const progress = progressOf(line);
        if (progress) opts.onProgress?.(progress);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const abort = () => {
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    };
    opts.signal?.addEventListener('abort', abort, { once: true });
    child.on('error', (err) => reject(new AdminImportError(`neo4j-admin import: cannot run ${opts.java.path}: ${err.message}`)));
    child.on('close', (code, signal) => {
      opts.signal?.removeEventListener('abort', abort);
      if (opts.signal?.aborted) return reject(new AdminImportError('neo4j-admin import: interrupted', true));
      if (code === 0) return resolve();
      const reason = tail.find((l) => /Exception|Error|error|failed|FAILED|Detected|not |cannot/i.test(l) && !/^IMPORT FAILED/.test(l)) ?? tail.at(-1) ?? `exit ${code ?? signal}`;
      reject(new AdminImportError(`neo4j-admin import failed: ${reason.slice(0, 400)}`));
    });
  });
}
