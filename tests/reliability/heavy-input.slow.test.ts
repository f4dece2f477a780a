import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { runCli } from '../helpers/cli.js';
import { expectPerson, expectSaid } from '../helpers/found.js';

/**
 * The slow tier (vitest project `slow`, run last by `npm test`, left out by `npm run test:fast`):
 * inputs far larger than news, through the CLI. Each must still give what it is about.
 */

const ARTICLE = readFileSync(new URL('../../corpus/001_8c86ff3701bfb714.txt', import.meta.url), 'utf8');

describe('huge inputs through the CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-heavy-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('extracts 100,000 tiny articles from one JSONL, each quote with its speaker', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => JSON.stringify({ id: `tiny-${i}`, text: `Doc ${i}: “Yes,” Haniyeh said.` }));
    const input = join(dir, 'tiny.jsonl');
    await writeFile(input, `${lines.join('\n')}\n`);
    const out = join(dir, 'tiny.json');
    const { code, stderr } = await runCli(['extract', input, '--out', out, '--quiet', '--compact']);
    expect(code, stderr).toBe(0);
    const snapshot = JSON.parse(readFileSync(out, 'utf8')) as Snapshot;
    expect(snapshot.documents).toHaveLength(100_000);
    expect(snapshot.documents[99_999]!.id).toBe('tiny-99999');
    // Every article says one thing: Haniyeh said “Yes,”.
    const yes = snapshot.statements.filter((s) => s.content === 'Yes,' && s.speaker?.text === 'Haniyeh');
    expect(new Set(yes.map((s) => s.docId)).size).toBe(100_000);
    const haniyeh = snapshot.entities.filter((e) => e.type === 'Person' && e.name === 'Haniyeh');
    expect(haniyeh).toHaveLength(1);
    expect(haniyeh[0]!.mentions).toHaveLength(100_000);
  });

  it('extracts a 50 MB article, reading the first million characters for NLP and saying so', async () => {
    const input = join(dir, 'huge.txt');
    const copies = Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(ARTICLE));
    await writeFile(input, Array.from({ length: copies }, () => ARTICLE).join('\n\n'));
    const out = join(dir, 'huge.json');
    const { code, stderr } = await runCli(['extract', input, '--out', out, '--quiet', '--compact']);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/huge\.txt: [\d,]+ characters; entities and statements were read from the first [\d,]+ only \(--max-chars\)/);
    const check = await runCli(['validate', out, '--docs', input]);
    expect(check.code, check.stdout).toBe(0);
    const snapshot = JSON.parse(readFileSync(out, 'utf8')) as Snapshot;
    expect(snapshot.documents[0]!.length).toBeGreaterThan(50_000_000);
    expect(snapshot.statements.length).toBeGreaterThan(100);
    // The article's own words, in the part that was read: Velayati's quote to Haniyeh, and both men.
    expectSaid(snapshot, 'We are very pleased with your recent victories', 'he');
    expectPerson(snapshot, 'Ali Akbar Velayati');
    expectPerson(snapshot, 'Ismail Haniyeh');
  });
});
