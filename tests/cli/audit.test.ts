import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const SNAPSHOT = {
  format: 'claimgraph-snapshot',
  version: 1,
  createdAt: '2026-11-30T00:00:00.000Z',
  documents: [{ id: 'a.txt', length: 60 }],
  entities: [
    { id: 'person:of-the-exchequer-gordon-brown', type: 'Person', name: 'of the Exchequer Gordon Brown', aliases: ['Brown'], mentions: [{ docId: 'a.txt', start: 0, end: 29, text: 'of the Exchequer Gordon Brown' }] },
  ],
  statements: [],
  relations: [],
};

describe('claimgraph audit', () => {
  it('prints a summary and exits 0 when it finds something', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimgraph-audit-'));
    const file = join(dir, 'snapshot.json');
    await writeFile(file, JSON.stringify(SNAPSHOT));
    const text = await runCli(['audit', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^1 thing to check:\n\s+1\s+people whose names hold a lower-case or title word/u);
    const json = await runCli(['audit', file, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ counts: { 'name-word': 1, 'common-alias': 0 }, findings: [{ check: 'name-word', id: 'person:of-the-exchequer-gordon-brown' }] });
  });

  it('explains itself with --help, and fails on a file that is no snapshot', async () => {
    const help = await runCli(['audit', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: claimgraph audit SNAPSHOT');
    const missing = await runCli(['audit', join(tmpdir(), 'no-such-snapshot.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-snapshot.json');
    expect(missing.stdout).toBe('');
  });
});
