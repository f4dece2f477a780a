import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { expectPerson, expectSaid, extractChecked } from '../helpers/found.js';

const ARTICLE = readFileSync(new URL('../../corpus/001_8c86ff3701bfb714.txt', import.meta.url), 'utf8');
const words = ARTICLE.split(/\s+/).filter(Boolean).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);

/** What must still be found in an awkward text; `wrongToday` names whose area the fix is in (see /work/coord/tests.md). */
interface Check {
  what: string;
  check: (snapshot: Snapshot) => void;
  wrongToday?: string;
}

/**
 * Awkward texts: each must extract without throwing, with every span exact, and still give the
 * statement or the person it is about, as a reader of the text would. A check that fails on
 * today's code is `it.fails`, naming the helper whose area the fix is in; when the fix lands it
 * turns red, and becomes `it`.
 */
const CASES: { name: string; text: string; found: Check[] }[] = [
  {
    name: 'CRLF line endings',
    text: ARTICLE.replace(/\n/g, '\r\n'),
    found: [
      { what: 'the quote "he told Haniyeh"', check: (s) => expectSaid(s, 'We are very pleased with your recent victories', 'he') },
      { what: 'Ismail Haniyeh', check: (s) => expectPerson(s, 'Ismail Haniyeh') },
      {
        what: 'every statement of the same text with LF endings',
        check: (s) => {
          const lf = extractChecked(ARTICLE).statements.map((st) => st.content);
          expect(lf.length).toBeGreaterThan(10);
          expect(s.statements.map((st) => st.content.replace(/\r\n/g, '\n'))).toEqual(lf);
        },
      },
    ],
  },
  {
    name: 'HTML given as text',
    text: `<html><head><title>Iran</title><script>var a = "x";</script></head><body><p>“We will win,” <b>Haniyeh</b> said.</p><img src=x onerror=alert(1)></body></html>`,
    found: [
      { what: 'the quote of Haniyeh', check: (s) => expectSaid(s, 'We will win,', 'Haniyeh', { exact: true }), wrongToday: 'ner (a name inside inline tags), then speakers' },
      { what: 'Haniyeh', check: (s) => expectPerson(s, 'Haniyeh'), wrongToday: 'ner (a name inside inline tags)' },
    ],
  },
  {
    name: 'an unbalanced opening mark',
    text: '“We will win, Haniyeh said. And the talks went on for hours without end.',
    found: [
      { what: 'Haniyeh', check: (s) => expectPerson(s, 'Haniyeh') },
      { what: '"We will win" said by Haniyeh', check: (s) => expectSaid(s, 'We will win', 'Haniyeh'), wrongToday: 'speakers (the open quote runs to the end, with no speaker)' },
    ],
  },
  {
    name: 'a never-closed quote across paragraphs',
    text: 'Velayati said: “The resistance is strong.\n\n“It will win.\n\nThe end came later.',
    found: [
      { what: 'the quote of Velayati', check: (s) => expectSaid(s, 'The resistance is strong.', 'Velayati') },
      { what: 'the narration after it as narration', check: (s) => expect(s.statements.filter((st) => st.content.includes('The end came later'))).toEqual([]) },
    ],
  },
  {
    name: 'a closing mark without an opening',
    text: 'The resistance is strong,” Velayati said. Mikdad agreed.',
    found: [
      { what: 'Velayati', check: (s) => expectPerson(s, 'Velayati') },
      { what: 'the quote of Velayati', check: (s) => expectSaid(s, 'The resistance is strong', 'Velayati'), wrongToday: 'speakers (no statement at all)' },
      { what: 'Mikdad', check: (s) => expectPerson(s, 'Mikdad'), wrongToday: 'ner (a lone surname opening a sentence)' },
    ],
  },
  {
    name: 'nested quotes',
    text: '“He told me, ‘We will “never” back down,’ and left,” Qassem said.',
    found: [
      { what: 'Qassem', check: (s) => expectPerson(s, 'Qassem') },
      {
        what: 'the whole outer quote, said by Qassem',
        check: (s) => expectSaid(s, 'He told me, ‘We will “never” back down,’ and left,', 'Qassem', { exact: true }),
        wrongToday: 'speakers (the quote ends at the inner “, with no speaker)',
      },
    ],
  },
  {
    name: 'every Unicode quotation mark',
    text: '" \' “ ” ‘ ’ « » ‹ › „ ‚ ‟ ‛ 「 」 『 』 〝 〞 〟 ＂ ＇ ❛ ❜ ❝ ❞ ⹂ Haniyeh said „Wir siegen“ and «nous gagnerons» and 「勝つ」.',
    found: [
      { what: 'Haniyeh', check: (s) => expectPerson(s, 'Haniyeh') },
      { what: 'what Haniyeh said', check: (s) => expectSaid(s, 'Wir siegen', 'Haniyeh') },
    ],
  },
  {
    name: 'a 5,000-word sentence without punctuation',
    text: Array.from({ length: 5000 }, (_, i) => words[i % words.length]).join(' '),
    found: [
      { what: 'Ali Akbar Velayati', check: (s) => expectPerson(s, 'Ali Akbar Velayati') },
      { what: 'Ismail Haniyeh', check: (s) => expectPerson(s, 'Ismail Haniyeh') },
    ],
  },
  {
    // Found by properties.test.ts: a heading run into the next sentence, then the name again.
    name: 'a heading run into a sentence',
    text: 'Defeating US plots in the region Velayati considered the victories.\n\nVelayati told the Syrian minister that Iran would stand by Damascus.',
    found: [
      { what: 'what Velayati told the minister', check: (s) => expectSaid(s, 'Iran would stand by Damascus', 'Velayati') },
      { what: 'Velayati as a person', check: (s) => expectPerson(s, 'Velayati'), wrongToday: 'ner/entities (one type per name: "the region Velayati" makes him a place everywhere)' },
    ],
  },
  {
    name: 'lone surrogates and emoji',
    text: 'Haniyeh \ud800 said “victory \ud83d\ude00 is near” \udc00 today.',
    found: [
      { what: 'Haniyeh', check: (s) => expectPerson(s, 'Haniyeh') },
      { what: 'the quote of Haniyeh', check: (s) => expectSaid(s, 'victory \ud83d\ude00 is near', 'Haniyeh', { exact: true }) },
    ],
  },
];

describe.each(CASES)('awkward text: $name', ({ text, found }) => {
  let snapshot: Snapshot;
  it('extracts with exact offsets', () => {
    snapshot = extractChecked(text);
  });
  for (const { what, check, wrongToday } of found) {
    if (wrongToday) it.fails(`still finds ${what} (wrong today: ${wrongToday})`, () => check(snapshot ?? extractChecked(text)));
    else it(`still finds ${what}`, () => check(snapshot ?? extractChecked(text)));
  }
});

describe('awkward text: an HTML page', () => {
  it('keeps its quote as text, tags and all', () => {
    const snapshot = extractChecked('<p>“<script>alert(1)</script> is not welcome,” the official said.</p>');
    expect(snapshot.statements.some((s) => s.content.includes('<script>alert(1)</script>'))).toBe(true);
  });
});

describe('interrupted and concurrent runs through the CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-bad-'));
  });

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
