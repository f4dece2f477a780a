import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { JavaMissingError } from './errors.js';

/** Neo4j 5.26 runs on Java 17 or 21. */
export const MIN_JAVA = 17;

/** The Java runtime that will run Neo4j. */
export interface JavaRuntime {
  /** The `java` executable. */
  path: string;
  /** Major version, e.g. 17. */
  major: number;
  /** The full version string, e.g. `17.0.15`. */
  version: string;
}

/** `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` on PATH; checks it is Java 17 or newer. */
export async function findJava(env: NodeJS.ProcessEnv): Promise<JavaRuntime> {
  const path = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const where = env.JAVA_HOME ? `${path} (from JAVA_HOME)` : "'java' on PATH";
  let output: string;
  try {
    output = await capture(path, ['-version'], env);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new JavaMissingError(`Java not found: ${where} does not exist; Neo4j needs Java ${MIN_JAVA}+ (install e.g. openjdk-17-jre-headless, or set JAVA_HOME)`);
    }
    throw new JavaMissingError(`Java at ${where} does not run: ${(err as Error).message}`);
  }
  const runtime = parseJavaVersion(output);
  if (!runtime) throw new JavaMissingError(`cannot tell the Java version of ${where} from: ${output.split('\n', 1)[0]}`);
  if (runtime.major < MIN_JAVA) {
    throw new JavaMissingError(`Java ${runtime.version} at ${where} is too old; Neo4j 5.26 needs Java ${MIN_JAVA} or 21 (set JAVA_HOME to a newer one)`);
  }
  return { path, ...runtime };
}

/** Read `openjdk version "17.0.15" 2025-04-15` (or `"1.8.0_402"`) into its major version. */
export function parseJavaVersion(output: string): { major: number; version: string } | undefined {
  const match = /version "([^"]+)"/.exec(output);
  if (!match) return undefined;
  const version = match[1]!;
  const parts = version.split(/[._-]/).map((p) => Number.parseInt(p, 10));
  const major = parts[0] === 1 ? parts[1] : parts[0];
  return major === undefined || Number.isNaN(major) ? undefined : { major, version };
}

/** Run a short command and return its stdout and stderr together; rejects on spawn error or non-zero exit. */
export function capture(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit code ${code}: ${out.trim().split('\n').pop() ?? ''}`))));
  });
}
