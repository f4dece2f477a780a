import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { ROOT, runCli } from '../helpers/cli.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-cli-'));
  await mkdir(join(dir, 'no-text'));
  await writeFile(join(dir, 'no-text/image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owner said it was fine.', 'latin1'));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'good.txt'), '“We will win,” Haniyeh said.\n');
  await writeFile(join(dir, 'news.jsonl'), `${JSON.stringify({ docId: 'n1', text: 'Mikdad said Iran helps Syria.' })}\n{"docId": oops}\n`);
});

describe('claimgraph extract', () => {
  it('extracts corpus/ into a snapshot that validates against the documents', async () => {
    const out = join(dir, 'corpus.json');
    const extract = await runCli(['extract', 'corpus', '--out', out]);
    expect(extract.code, extract.stderr).toBe(0);
    const snapshot = JSON.parse(readFileSync(out, 'utf8'));
    expect(snapshot.documents.map((d: { id: string }) => d.id)).toEqual((await readdir(join(ROOT, 'corpus'))).sort());
    expect(snapshot.documents[1].title).toBe('Resistance groups victories source of pride for Muslim nations: Iran Leader’s aide');
    const validate = await runCli(['validate', out, '--docs', 'corpus']);
    expect(validate.code, validate.stdout).toBe(0);
    expect(validate.stdout).toMatch(/valid \(5 documents/);
  });

  it('reports every bad input on one line, extracts the good ones, and exits 3', async () => {
    const out = join(dir, 'mixed.json');
    const inputs = ['missing.txt', 'no-text', 'binary.txt', 'latin1.txt', 'empty.txt', 'good.txt', 'news.jsonl'].map((f) => join(dir, f));
    const { code, stderr } = await runCli(['extract', ...inputs, '--out', out, '--quiet']);
    expect(code).toBe(3);
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      `${join(dir, 'missing.txt')}: no such file or directory`,
      `${join(dir, 'no-text')}: directory holds no .txt files`,
      `${join(dir, 'binary.txt')}: binary file (NUL byte at offset 4), not text`,
      `${join(dir, 'latin1.txt')}: invalid UTF-8 at byte 3`,
      `${join(dir, 'empty.txt')}: empty file`,
      expect.stringMatching(new RegExp(`^${join(dir, 'news.jsonl')}:2: malformed JSON`)),
      'claimgraph extract: 6 input(s) skipped; the snapshot holds the other 2 document(s)',
    ]);
    const snapshot = JSON.parse(readFileSync(out, 'utf8'));
    expect(snapshot.documents.map((d: { id: string }) => d.id)).toEqual(['good.txt', 'n1']);
  });

  it('writes nothing and exits 1 when no input can be read', async () => {
    const out = join(dir, 'nothing.json');
    const { code, stderr } = await runCli(['extract', join(dir, 'empty.txt'), '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no document could be read; nothing written/);
    expect(existsSync(out)).toBe(false);
    expect((await readdir(dir)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('gives the same snapshot whatever the number of workers', async () => {
    // Enough articles for the pool to start its workers (a few are extracted without them).
    const corpus = join(ROOT, 'corpus');
    const seeds = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpus, f), 'utf8'));
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `a${i}`, text: `${seeds[i % seeds.length]} (${i})` }));
    const input = join(dir, 'forty.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const one = join(dir, 'w1.json');
    const two = join(dir, 'w2.json');
    await runCli(['extract', input, '--out', one, '-q', '--workers', '1']);
    await runCli(['extract', input, '--out', two, '-q', '--workers', '2']);
    const strip = (p: string) => readFileSync(p, 'utf8').replace(/"createdAt": "[^"]+"/, '');
    expect(strip(two)).toBe(strip(one));
  });
});

describe('claimgraph usage', () => {
  it.each([
    [['extract', 'corpus'], /--out FILE is required/],
    [['extract', '--out', 'x.json'], /give at least one INPUT/],
    [['extract', 'corpus', '--out', 'x.json', '--bogus'], /Unknown option '--bogus'/],
    [['extract', 'corpus', '--out', 'x.json', '--workers', 'many'], /--workers takes a whole number/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('%j is bad usage: exit 2', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it.each(Object.keys(COMMANDS))('%s --help exits 0 and shows its usage', async (name) => {
    const { code, stdout } = await runCli([name, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: claimgraph ${name}`));
  });
});
