import { describe, expect, it } from 'vitest';
import { authIniLine, generatePassword } from '../../../src/graph/local/auth.js';
import { serverConf } from '../../../src/graph/local/conf.js';
import { JavaMissingError, MavenMissingError } from '../../../src/graph/local/errors.js';
import { findJava, parseJavaVersion } from '../../../src/graph/local/java.js';
import { copyDependencies } from '../../../src/graph/local/maven.js';
import { serverLayout } from '../../../src/graph/local/paths.js';
import { parsePort } from '../../../src/graph/local/ports.js';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.js';

describe('parseJavaVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17, '17.0.15'],
    ['openjdk version "21.0.2" 2024-01-16 LTS', 21, '21.0.2'],
    ['java version "1.8.0_402"', 8, '1.8.0_402'],
    ['openjdk version "11" 2018-09-25', 11, '11'],
  ])('%s', (output, major, version) => {
    expect(parseJavaVersion(output)).toEqual({ major, version });
  });
  it('gives up on text without a version', () => {
    expect(parseJavaVersion('bash: java: command not found')).toBeUndefined();
  });
});

// Like the integration tests (tests/helpers/neo4j.ts): without Java this test is skipped outside
// CI, tagged `neo4j` so the run's last line counts it; under CI=true it runs, and fails.
const noJava = process.env.CI !== 'true' && (await findJava(process.env).then(() => false, () => true));

describe('findJava', () => {
  it.skipIf(noJava)('finds the installed Java 17+', { tags: ['neo4j'] }, async () => {
    expect((await findJava(process.env)).major).toBeGreaterThanOrEqual(17);
  });
  it('throws JavaMissingError when JAVA_HOME has no java', async () => {
    await expect(findJava({ ...process.env, JAVA_HOME: '/nonexistent-jdk' })).rejects.toThrow(JavaMissingError);
  });
  it('throws JavaMissingError when java is not on PATH', async () => {
    const err = await findJava({ PATH: '/nonexistent' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JavaMissingError);
    expect((err as Error).message).toMatch(/^Java not found: 'java' on PATH does not exist; Neo4j needs Java 17\+/);
  });
});

describe('copyDependencies', () => {
  it('throws MavenMissingError when mvn is not on PATH', async () => {
    const run = copyDependencies({ pomDir: '/tmp', outputDir: '/tmp/x', localRepo: '/tmp/r', env: { PATH: '/nonexistent' } });
    await expect(run).rejects.toThrow(MavenMissingError);
  });
});

describe('serverConf', () => {
  const conf = serverConf(serverLayout('/srv/cg'), { boltPort: 7701, httpPort: 7401, pageCache: '512m' });
  const settings = new Map(conf.split('\n').filter((l) => l.includes('=')).map((l) => l.split('=') as [string, string]));
  it('binds every connector to 127.0.0.1', () => {
    expect(settings.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(settings.get('server.bolt.listen_address')).toBe('127.0.0.1:7701');
    expect(settings.get('server.http.listen_address')).toBe('127.0.0.1:7401');
    expect(settings.get('server.https.enabled')).toBe('false');
  });
  it('keeps authentication on and usage reporting off', () => {
    expect(settings.get('dbms.security.auth_enabled')).toBe('true');
    expect(settings.get('dbms.usage_report.enabled')).toBe('false');
  });
  it('keeps data and logs under the data directory', () => {
    expect(settings.get('server.directories.data')).toBe('/srv/cg/neo4j/data');
    expect(settings.get('server.directories.logs')).toBe('/srv/cg/neo4j/logs');
  });
});

describe('authIniLine', () => {
  it("hashes like Neo4j's version-1 credentials: SHA-256 of salt+password, iterated 1024 times", () => {
    const salt = Buffer.alloc(32, 7);
    let hash = createHash('sha256').update(Buffer.concat([salt, Buffer.from('pw')])).digest();
    for (let i = 1; i < 1024; i++) hash = createHash('sha256').update(hash).digest();
    expect(authIniLine('neo4j', 'pw', salt)).toBe(`neo4j:SHA-256,${hash.toString('hex')},${salt.toString('hex')},1024:`);
  });
  it('never contains the password', () => {
    const password = generatePassword();
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(authIniLine('neo4j', password)).not.toContain(password);
  });
});

describe('parsePort', () => {
  it('falls back when unset and rejects what is not a port', () => {
    expect(parsePort(undefined, 'X', 7687)).toBe(7687);
    expect(parsePort('7701', 'X', 7687)).toBe(7701);
    expect(() => parsePort('77o1', 'CLAIMGRAPH_BOLT_PORT', 7687)).toThrow("CLAIMGRAPH_BOLT_PORT: '77o1' is not a port number (1-65535)");
    expect(() => parsePort('70000', 'X', 7687)).toThrow(RangeError);
  });
});

describe('claimgraph neo4j start without Java', () => {
  it('says so in one line and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cg-nojava-'));
    try {
      const r = await runCli(['neo4j', 'start', '--dir', dir], { env: { JAVA_HOME: '/nonexistent-jdk' } });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        "claimgraph neo4j: Java not found: /nonexistent-jdk/bin/java (from JAVA_HOME) does not exist; Neo4j needs Java 17+ (install e.g. openjdk-17-jre-headless, or set JAVA_HOME)\n",
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects a port that is not a number as bad usage', async () => {
    const r = await runCli(['neo4j', 'start', '--bolt-port', 'seven']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("claimgraph neo4j: --bolt-port: 'seven' is not a port number (1-65535)");
  });
});
