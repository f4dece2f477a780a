import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSources, type SourceEvent } from '../../src/input/sources.js';
import { runCli } from '../helpers/cli.js';

/**
 * Issue #16, items 6, 7, 12 and 16: inputs a careless user (or a hostile file) can hand to
 * extract and validate. Every case ends in one clear line, never in a hang, a destroyed input or
 * a confusing exit code.
 */

let dir: string;
const ARTICLE = '“We will not back down,” Mary Brown said on Tuesday.\n';

async function collect(inputs: string[]): Promise<SourceEvent[]> {
  const events: SourceEvent[] = [];
  for await (const e of readSources(inputs)) events.push(e);
  return events;
}

/** Reading must end: a FIFO nobody writes to would block a plain open for ever. */
async function collectWithin(inputs: string[], ms: number): Promise<SourceEvent[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`reading did not end within ${ms} ms`)), ms)));
  try {
    return await Promise.race([collect(inputs), late]);
  } finally {
    clearTimeout(timer);
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-hostile-'));
  await mkdir(join(dir, 'news'));
  await writeFile(join(dir, 'news/a.txt'), ARTICLE);
  execFileSync('mkfifo', [join(dir, 'news/pipe.txt')]);
  execFileSync('mkfifo', [join(dir, 'pipe.jsonl')]);
  await symlink('/dev/zero', join(dir, 'news/zero.txt'));
  await writeFile(join(dir, 'in.jsonl'), `${JSON.stringify({ id: 'j1', text: ARTICLE })}\n`);
});

describe('special files are never read (item 7)', () => {
  it.each([
    ['a FIFO given directly', () => join(dir, 'news/pipe.txt'), /FIFO/],
    ['a FIFO named .jsonl', () => join(dir, 'pipe.jsonl'), /FIFO/],
    ['/dev/urandom', () => '/dev/urandom', /character device/],
    ['/dev/zero', () => '/dev/zero', /character device/],
  ])('%s is skipped, saying why', async (_name, path, why) => {
    const events = await collectWithin([path()], 5000);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'diagnostic', diagnostic: { ruleId: 'not-regular', fatal: true } });
    const { reason } = (events[0] as Extract<SourceEvent, { kind: 'diagnostic' }>).diagnostic;
    expect(reason).toMatch(why);
    expect(reason).toContain('not a regular file');
  });

  it('in a directory, a FIFO and a link to /dev/zero named .txt are reported, the regular file is read', async () => {
    const events = await collectWithin([join(dir, 'news')], 5000);
    const docs = events.flatMap((e) => (e.kind === 'document' ? [e.doc.id] : []));
    const skipped = events.flatMap((e) => (e.kind === 'diagnostic' ? [[e.diagnostic.file, e.diagnostic.ruleId]] : []));
    expect(docs).toEqual(['a.txt']);
    expect(skipped).toEqual([
      [join(dir, 'news/pipe.txt'), 'not-regular'],
      [join(dir, 'news/zero.txt'), 'not-regular'],
    ]);
  });

  it('a file larger than one document may hold is skipped before it is read', async () => {
    const big = join(dir, 'big.txt');
    // A sparse file: 200 MB long, no disk used, and far more than a document may hold.
    execFileSync('truncate', ['-s', '200M', big]);
    const [event] = await collectWithin([big], 5000);
    expect(event).toMatchObject({ kind: 'diagnostic', diagnostic: { ruleId: 'too-large', fatal: true } });
  });

  it('a JSONL line larger than one document may hold is skipped, and the next line is read', async () => {
    const path = join(dir, 'long-line.jsonl');
    const huge = 'x'.repeat(3 * 1024 * 1024);
    await writeFile(path, `{"id":"big","text":"${huge}"}\n${JSON.stringify({ id: 'small', text: ARTICLE })}\n`);
    const events: SourceEvent[] = [];
    for await (const e of readSources([path], { maxDocumentBytes: 1024 * 1024 })) events.push(e);
    expect(events.map((e) => (e.kind === 'document' ? e.doc.id : `${e.diagnostic.line}:${e.diagnostic.ruleId}`))).toEqual(['1:too-large', 'small']);
  });
});

describe('lone surrogates are replaced at read time, offsets kept (item 12)', () => {
  it('a JSONL text with an unpaired \\ud800 is read with U+FFFD in its place and a note', async () => {
    const path = join(dir, 'surrogate.jsonl');
    // JSON escapes are the only way a lone surrogate reaches us: raw UTF-8 cannot encode one.
    await writeFile(path, '{"id":"s1","title":"T\\udc00","text":"Mary Brown \\ud800 said it was \\ud83d\\ude00 fine."}\n');
    const events = await collect([path]);
    const doc = events.find((e) => e.kind === 'document');
    const note = events.find((e) => e.kind === 'diagnostic');
    expect(doc).toMatchObject({ doc: { id: 's1', title: 'T\ufffd', text: 'Mary Brown \ufffd said it was \ud83d\ude00 fine.' } });
    expect(note).toMatchObject({ diagnostic: { line: 1, ruleId: 'lone-surrogate' } });
    expect((note as Extract<SourceEvent, { kind: 'diagnostic' }>).diagnostic.fatal).toBeFalsy();
  });

  it('a UTF-16 file with an unpaired surrogate is read the same way', async () => {
    const path = join(dir, 'utf16.txt');
    const units = [...'Mary Brown said so '].map((c) => c.charCodeAt(0)).concat([0xd800, 0x21]);
    const bytes = Buffer.alloc(2 + units.length * 2);
    bytes.writeUInt16LE(0xfeff, 0);
    units.forEach((u, i) => bytes.writeUInt16LE(u, 2 + i * 2));
    await writeFile(path, bytes);
    const events = await collect([path]);
    expect(events.find((e) => e.kind === 'document')).toMatchObject({ doc: { text: 'Mary Brown said so \ufffd!' } });
    expect(events.find((e) => e.kind === 'diagnostic')).toMatchObject({ diagnostic: { ruleId: 'lone-surrogate' } });
  });
});

describe('duplicate ids in JSONL name their line (item 16)', () => {
  it('the second document with an id is reported with its line number', async () => {
    const path = join(dir, 'dupes.jsonl');
    await writeFile(path, [{ id: 'a', text: ARTICLE }, { id: 'b', text: ARTICLE }, { id: 'a', text: ARTICLE }].map((d) => JSON.stringify(d)).join('\n'));
    const events = await collect([path]);
    const problem = events.find((e) => e.kind === 'diagnostic');
    expect(problem).toMatchObject({ diagnostic: { file: path, line: 3, ruleId: 'duplicate-id' } });
  });
});

describe('claimgraph extract never writes over its input (item 6)', () => {
  it.each([
    ['the JSONL input itself', () => ['in.jsonl'], 'in.jsonl'],
    ['a file inside an input directory', () => ['news'], 'news/a.txt'],
    ['a new file inside an input directory', () => ['news'], 'news/snapshot.json'],
    ['the input through another spelling of its path', () => ['./news/../in.jsonl'], 'in.jsonl'],
  ])('refuses --out as %s: exit 2, one line, the input untouched', async (_name, inputs, out) => {
    const before = existsSync(join(dir, out)) ? readFileSync(join(dir, out)) : undefined;
    const { code, stderr } = await runCli(['extract', ...inputs(), '--out', out, '--quiet'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/--out .* (is one of the inputs|is inside the input directory)/);
    if (before) expect(readFileSync(join(dir, out))).toEqual(before);
    else expect(existsSync(join(dir, out))).toBe(false);
  });

  it('still writes beside its inputs', async () => {
    const { code, stderr } = await runCli(['extract', 'news/a.txt', 'in.jsonl', '--out', 'beside.json', '--quiet'], { cwd: dir });
    expect(code, stderr).toBe(0);
  });
});

describe('claimgraph validate --docs says what it skipped (item 16)', () => {
  let snapshot: string;
  beforeAll(async () => {
    await mkdir(join(dir, 'docs'));
    await writeFile(join(dir, 'docs/a.txt'), ARTICLE);
    await writeFile(join(dir, 'docs/binary.txt'), Buffer.from([0x50, 0x4b, 0x00, 0x01]));
    snapshot = join(dir, 'docs.json');
    const extract = await runCli(['extract', join(dir, 'docs'), '--out', snapshot, '--quiet']);
    expect(extract.code).toBe(3);
  });

  it('a valid snapshot whose --docs held an unreadable file: valid, the skipped input named, exit 3', async () => {
    const { code, stdout, stderr } = await runCli(['validate', snapshot, '--docs', join(dir, 'docs')]);
    expect(stdout).toMatch(/valid \(1 documents/);
    expect(stderr).toContain(`${join(dir, 'docs/binary.txt')}: binary file`);
    expect(stderr).toMatch(/1 input\(s\) of --docs skipped/);
    expect(stderr).not.toMatch(/0 problem/);
    expect(code).toBe(3);
  });

  it('a snapshot with a document whose input was skipped: that is a problem, exit 1', async () => {
    await writeFile(join(dir, 'a-copy.txt'), Buffer.from([0x00]));
    const { code, stdout } = await runCli(['validate', snapshot, '--docs', join(dir, 'a-copy.txt')]);
    expect(stdout).toContain('not among the given documents');
    expect(code).toBe(1);
  });
});
