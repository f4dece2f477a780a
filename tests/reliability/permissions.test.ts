import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchServer } from '../../src/graph/local/launch.js';
import { makePrivate, serverLayout } from '../../src/graph/local/paths.js';

/**
 * Issue #16, item 15: the local Neo4j's data directory and everything it writes are its owner's
 * only. The launch is tested with a stand-in for Java (a shell that writes what a server writes);
 * the real server's files are checked in cypher-guard.int.test.ts.
 */

const mode = (path: string) => statSync(path).mode & 0o777;

async function layoutIn(): Promise<ReturnType<typeof serverLayout>> {
  const root = await mkdtemp(join(tmpdir(), 'claimgraph-perm-'));
  const layout = serverLayout(join(root, '.claimgraph'));
  mkdirSync(layout.logs, { recursive: true, mode: 0o755 });
  mkdirSync(layout.data, { recursive: true, mode: 0o755 });
  return layout;
}

describe('the local server is private to its owner', () => {
  it('makePrivate: the data directory and the home 0700, older files lose their group and world bits', async () => {
    const layout = await layoutIn();
    mkdirSync(join(layout.data, 'databases', 'system'), { recursive: true, mode: 0o755 });
    writeFileSync(join(layout.data, 'databases', 'system', 'neostore'), 'hash', { mode: 0o644 });
    writeFileSync(join(layout.logs, 'neo4j.log'), 'log', { mode: 0o664 });
    makePrivate(layout);
    expect(mode(layout.dataDir)).toBe(0o700);
    expect(mode(layout.home)).toBe(0o700);
    expect(mode(join(layout.data, 'databases', 'system'))).toBe(0o700);
    expect(mode(join(layout.data, 'databases', 'system', 'neostore'))).toBe(0o600);
    expect(mode(join(layout.logs, 'neo4j.log'))).toBe(0o600);
  });

  it('the server runs with a umask of 077: what it creates is its owner\'s only', async () => {
    const layout = await layoutIn();
    writeFileSync(join(layout.dataDir, 'before.txt'), '');
    const java = { path: '/bin/sh', major: 17, version: '17' };
    const { exited } = launchServer(java, ['-c', 'echo store > data/neostore && mkdir data/transactions && umask > umask.txt'], layout, process.env);
    expect(await exited).toBe(0);
    expect(mode(join(layout.data, 'neostore'))).toBe(0o600);
    expect(mode(join(layout.data, 'transactions'))).toBe(0o700);
    expect(mode(layout.consoleLog)).toBe(0o600);
    expect(mode(layout.dataDir)).toBe(0o700);
    // This process's own umask is as it was.
    writeFileSync(join(layout.dataDir, 'after.txt'), '');
    expect(mode(join(layout.dataDir, 'after.txt'))).toBe(mode(join(layout.dataDir, 'before.txt')));
  });
});
