import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleSnapshot } from '../../src/extract/assemble.js';
import { extractDocument } from '../../src/extract/document.js';
import { checkSnapshot } from '../../src/snapshot/check.js';
import { ROOT, runCli } from '../helpers/cli.js';

/** Extract one text and check the snapshot against it: nothing thrown, every span exact. */
function extractChecked(text: string) {
  const doc = { id: 'doc.txt', text };
  const extraction = extractDocument(doc);
  const snapshot = assembleSnapshot([{ id: doc.id }], [extraction], new Date(0));
  const { problems } = checkSnapshot(JSON.parse(JSON.stringify(snapshot)), 'doc.txt', new Map([[doc.id, text]]));
  expect(problems).toEqual([]);
  return snapshot;
}

const ARTICLE = readFileSync(new URL('../../corpus/001_8c86ff3701bfb714.txt', import.meta.url), 'utf8');
const words = ARTICLE.split(/\s+/).filter(Boolean).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);

describe('awkward text extracts with exact offsets', () => {
  it.each<[string, string]>([
    ['CRLF line endings', ARTICLE.replace(/\n/g, '\r\n')],
    ['HTML given as text', `<html><head><title>Iran</title><script>var a = "x";</script></head><body><p>“We will win,” <b>Haniyeh</b> said.</p><img src=x onerror=alert(1)></body></html>`],
    ['an unbalanced opening mark', '“We will win, Haniyeh said. And the talks went on for hours without end.'],
    ['a never-closed quote across paragraphs', 'Velayati said: “The resistance is strong.\n\n“It will win.\n\nThe end came later.'],
    ['a closing mark without an opening', 'The resistance is strong,” Velayati said. Mikdad agreed.'],
    ['nested quotes', '“He told me, ‘We will “never” back down,’ and left,” Qassem said.'],
    ['every Unicode quotation mark', '" \' “ ” ‘ ’ « » ‹ › „ ‚ ‟ ‛ 「 」 『 』 〝 〞 〟 ＂ ＇ ❛ ❜ ❝ ❞ ⹂ Haniyeh said „Wir siegen“ and «nous gagnerons» and 「勝つ」.'],
    ['a 5,000-word sentence without punctuation', Array.from({ length: 5000 }, (_, i) => words[i % words.length]).join(' ')],
    ['lone surrogates and emoji', 'Haniyeh \ud800 said “victory \ud83d\ude00 is near” \udc00 today.'],
  ])('%s', (_name, text) => {
    extractChecked(text);
  });

  it('keeps the quote of an HTML page as text, tags and all', () => {
    const snapshot = extractChecked('<p>“<script>alert(1)</script> is not welcome,” the official said.</p>');
    expect(snapshot.statements.some((s) => s.content.includes('<script>alert(1)</script>'))).toBe(true);
  });
});

describe('many and large inputs through the CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-bad-'));
  });

  it('extracts 100,000 tiny articles from one JSONL', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => JSON.stringify({ id: `tiny-${i}`, text: `Doc ${i}: “Yes,” Haniyeh said.` }));
    const input = join(dir, 'tiny.jsonl');
    await writeFile(input, `${lines.join('\n')}\n`);
    const out = join(dir, 'tiny.json');
    const { code, stderr } = await runCli(['extract', input, '--out', out, '--quiet', '--compact']);
    expect(code, stderr).toBe(0);
    const snapshot = JSON.parse(readFileSync(out, 'utf8'));
    expect(snapshot.documents).toHaveLength(100_000);
    expect(snapshot.documents[99_999].id).toBe('tiny-99999');
  }, 600_000);

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
    const snapshot = JSON.parse(readFileSync(out, 'utf8'));
    expect(snapshot.documents[0].length).toBeGreaterThan(50_000_000);
    expect(snapshot.statements.length).toBeGreaterThan(100);
  }, 600_000);

  it('Ctrl-C during extract leaves no output and no temporary file', async () => {
    const input = join(dir, 'many.jsonl');
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `a-${i}`, text: ARTICLE }));
    await writeFile(input, lines.join('\n'));
    const out = join(dir, 'interrupted.json');
    const child = spawn(process.execPath, [join(ROOT, 'bin/claimgraph.js'), 'extract', input, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    await new Promise<void>((resolve) => child.stderr.once('data', () => resolve()));
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    expect(code === 130 || signal === 'SIGINT').toBe(true);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('interrupted'))).toEqual([]);
  }, 120_000);

  it('two processes writing the same output leave one whole snapshot', async () => {
    const out = join(dir, 'shared.json');
    const [a, b] = await Promise.all([
      runCli(['extract', 'corpus', '--out', out, '-q', '--workers', '1']),
      runCli(['extract', 'corpus', '--out', out, '-q', '--workers', '1']),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const check = await runCli(['validate', out, '--docs', 'corpus']);
    expect(check.code, check.stdout).toBe(0);
  });
});
