import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDriver, resolveTarget } from '../../../src/graph/connection.js';
import { serverLayout } from '../../../src/graph/local/paths.js';
import { isAlive } from '../../../src/graph/local/pids.js';
import { runCli, type CliResult } from '../../helpers/cli.js';
import { describeNeo4j } from '../../helpers/neo4j.js';
import { freePort } from '../../helpers/ports.js';

/** An IPv4 address as /proc/net/tcp writes it: one 32-bit word in host (little-endian) order. */
function ipv4(word: string): string {
  return [6, 4, 2, 0].map((i) => Number.parseInt(word.slice(i, i + 2), 16)).join('.');
}

/**
 * Local addresses of the TCP sockets listening on `port` (what `ss -ltn` shows), read from
 * /proc/net/tcp and tcp6 so the test needs no iproute2. IPv4-mapped IPv6 becomes plain IPv4.
 */
function listeners(port: number): string[] {
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A' || !local) continue;
      const [addr, portHex] = local.split(':') as [string, string];
      if (Number.parseInt(portHex, 16) !== port) continue;
      if (addr.length === 8) found.push(ipv4(addr));
      else if (addr.startsWith('0000000000000000FFFF0000')) found.push(ipv4(addr.slice(24)));
      else found.push(/^0+$/.test(addr) ? '::' : `ipv6:${addr}`);
    }
  }
  return found;
}

// This file runs its own server (beside the shared test server), so two instances run at once.
// Like every test that needs Neo4j, it is skipped where the shared one could not start (outside CI).
describeNeo4j('claimgraph neo4j start|status|stop', () => {
  let dir: string;
  let boltPort: number;
  let httpPort: number;
  let password = '';
  const outputs: CliResult[] = [];
  const cli = async (...args: string[]) => {
    const result = await runCli(['neo4j', ...args, '--dir', dir]);
    outputs.push(result);
    return result;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cg-neo4j-int-'));
    boltPort = await freePort();
    httpPort = await freePort();
  });
  afterAll(async () => {
    await runCli(['neo4j', 'stop', '--dir', dir]);
    await rm(dir, { recursive: true, force: true });
  });

  it('starts, printing the URI', async () => {
    const r = await cli('start', '--bolt-port', String(boltPort), '--http-port', String(httpPort));
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`started at bolt://127.0.0.1:${boltPort}`);
    password = (await readFile(serverLayout(dir).passwordFile, 'utf8')).trim();
    expect(password.length).toBeGreaterThanOrEqual(20);
  });

  it('says so, exit 0, when started again', async () => {
    const r = await cli('start', '--bolt-port', String(boltPort), '--http-port', String(httpPort));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`already running at bolt://127.0.0.1:${boltPort}`);
  });

  it('reports running, version and URI', async () => {
    const r = await cli('status', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ running: true, answering: true, version: '5.26.30', uri: `bolt://127.0.0.1:${boltPort}` });
    expect((await cli('status')).stdout).toMatch(new RegExp(`^Neo4j 5\\.26\\.30 running at bolt://127\\.0\\.0\\.1:${boltPort} `));
  });

  it('answers RETURN 1 with the saved credentials', async () => {
    const target = await resolveTarget({ CLAIMGRAPH_HOME: dir }, '/');
    expect(target).toMatchObject({ uri: `bolt://127.0.0.1:${boltPort}`, username: 'neo4j', local: true });
    const driver = await openDriver(target);
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    expect(records[0]!.get('one').toNumber()).toBe(1);
    await driver.close();
  });

  it('keeps the password readable by its owner only, and nowhere else', async () => {
    const layout = serverLayout(dir);
    expect((await stat(layout.passwordFile)).mode & 0o777).toBe(0o600);
    await expect(stat(join(layout.data, 'dbms', 'auth.ini'))).rejects.toThrow(/ENOENT/);
    for (const name of await readdir(layout.logs)) {
      expect(await readFile(join(layout.logs, name), 'utf8'), name).not.toContain(password);
    }
    expect(await readFile(join(layout.conf, 'neo4j.conf'), 'utf8')).not.toContain(password);
    expect(await readFile(layout.settingsFile, 'utf8')).not.toContain(password);
  });

  it('listens on 127.0.0.1 only, Bolt and HTTP', () => {
    for (const port of [boltPort, httpPort]) {
      const local = listeners(port);
      expect(local.length, `port ${port}`).toBeGreaterThan(0);
      for (const address of local) expect(address).toBe('127.0.0.1');
    }
  });

  it('refuses a Bolt port that is taken, in one line', async () => {
    const other = join(dir, 'other');
    const blocker: Server = createServer();
    const taken = await freePort();
    await new Promise<void>((resolve) => blocker.listen(taken, '127.0.0.1', resolve));
    try {
      const r = await runCli(['neo4j', 'start', '--dir', other, '--bolt-port', String(taken), '--http-port', String(await freePort())]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(`claimgraph neo4j: Bolt port ${taken} on 127.0.0.1 is already in use (choose another with --bolt-port or CLAIMGRAPH_BOLT_PORT)`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('still finds its server when the pid file is lost', async () => {
    const layout = serverLayout(dir);
    const pid = Number((await readFile(layout.pidFile, 'utf8')).trim());
    await rm(layout.pidFile);
    expect(JSON.parse((await cli('status', '--json')).stdout)).toMatchObject({ running: true, pid });
    await writeFile(layout.pidFile, `${pid}\n`);
  });

  it('stops the server, freeing its ports', async () => {
    const pid = Number((await readFile(serverLayout(dir).pidFile, 'utf8')).trim());
    const r = await cli('stop');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Neo4j stopped (pid ${pid})\n`);
    expect(isAlive(pid)).toBe(false);
    expect(listeners(boltPort)).toEqual([]);
    expect(JSON.parse((await cli('status', '--json')).stdout)).toMatchObject({ running: false });
    expect((await cli('stop')).stdout).toContain('Neo4j is not running');
  });

  it('never stops a process that is not its server, whatever the pid file says', async () => {
    const stranger: ChildProcess = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      await writeFile(serverLayout(dir).pidFile, `${stranger.pid}\n`);
      const r = await cli('stop');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Neo4j is not running');
      expect(isAlive(stranger.pid!)).toBe(true);
    } finally {
      stranger.kill();
    }
  });

  it('printed the password in no output', () => {
    expect(password).not.toBe('');
    for (const r of outputs) expect(r.stdout + r.stderr).not.toContain(password);
  });
});
