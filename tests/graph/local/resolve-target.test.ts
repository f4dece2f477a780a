import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Neo4jConnectionError, resolveTarget } from '../../../src/graph/connection.js';
import { serverLayout } from '../../../src/graph/local/paths.js';
import { writePassword, writeServerSettings } from '../../../src/graph/local/settings.js';
import { useTempDir } from '../temp.js';

const tempDir = useTempDir('cg-resolve-', { each: true });

/** Save a local server's settings the way `neo4j start` does. */
async function saveLocal(dataDir: string, boltPort: number, password: string): Promise<void> {
  const layout = serverLayout(dataDir);
  await mkdir(layout.home, { recursive: true });
  await writeServerSettings(layout, { uri: `bolt://127.0.0.1:${boltPort}`, username: 'neo4j', boltPort, httpPort: 7474, version: '5.26.30' });
  await writePassword(layout, password);
}

describe('resolveTarget', () => {
  it('prefers NEO4J_URI and friends over a saved local server', async () => {
    await saveLocal(join(tempDir(), '.claimgraph'), 7687, 'local-secret');
    const target = await resolveTarget(
      { NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USERNAME: 'alice', NEO4J_PASSWORD: 'remote-secret', NEO4J_DATABASE: 'news' },
      tempDir(),
    );
    expect(target).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', username: 'alice', password: 'remote-secret', database: 'news', local: false });
  });

  it('defaults the username to neo4j and leaves the database to the server', async () => {
    const target = await resolveTarget({ NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'pw' }, tempDir());
    expect(target).toEqual({ uri: 'bolt://db:7687', username: 'neo4j', password: 'pw', database: undefined, local: false });
  });

  it('refuses NEO4J_URI without NEO4J_PASSWORD', async () => {
    await expect(resolveTarget({ NEO4J_URI: 'bolt://db:7687' }, tempDir())).rejects.toThrow(/NEO4J_PASSWORD is not/);
  });

  it('reads the local server in ./.claimgraph when no NEO4J_URI is set', async () => {
    await saveLocal(join(tempDir(), '.claimgraph'), 7690, 'local-secret');
    const target = await resolveTarget({}, tempDir());
    expect(target).toEqual({ uri: 'bolt://127.0.0.1:7690', username: 'neo4j', password: 'local-secret', database: undefined, local: true });
  });

  it('uses CLAIMGRAPH_HOME (relative to cwd) instead of ./.claimgraph', async () => {
    await saveLocal(join(tempDir(), '.claimgraph'), 7690, 'default-dir');
    await saveLocal(join(tempDir(), 'other'), 7701, 'other-dir');
    const target = await resolveTarget({ CLAIMGRAPH_HOME: 'other' }, tempDir());
    expect(target.uri).toBe('bolt://127.0.0.1:7701');
    expect(target.password).toBe('other-dir');
  });

  it('keeps NEO4J_DATABASE for the local server too', async () => {
    await saveLocal(join(tempDir(), '.claimgraph'), 7690, 'pw');
    expect((await resolveTarget({ NEO4J_DATABASE: 'neo4j' }, tempDir())).database).toBe('neo4j');
  });

  it('fails with one line naming the data dir when there is nothing to connect to', async () => {
    const err = await resolveTarget({}, tempDir()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Neo4jConnectionError);
    expect((err as Error).message).toContain(join(tempDir(), '.claimgraph'));
    expect((err as Error).message).toContain('claimgraph neo4j start');
    expect((err as Error).message).not.toContain('\n');
  });

  it('fails clearly on a corrupt settings file', async () => {
    const layout = serverLayout(join(tempDir(), '.claimgraph'));
    await mkdir(layout.home, { recursive: true });
    await writeFile(layout.settingsFile, '{"uri": 5');
    await expect(resolveTarget({}, tempDir())).rejects.toThrow(/server\.json: not valid JSON/);
  });

  it('writes the password file readable by its owner only', async () => {
    await saveLocal(join(tempDir(), '.claimgraph'), 7690, 'pw');
    expect((await stat(serverLayout(join(tempDir(), '.claimgraph')).passwordFile)).mode & 0o777).toBe(0o600);
  });
});
