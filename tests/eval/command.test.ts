import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/run.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { writeSnapshot } from '../../src/snapshot/write.js';
import { at, quote, statement } from './helpers.js';

const TEXT = '"We will not raise taxes," Senator Maria Lopez said in Boston. Critics said the plan was vague.';
let dir: string;
let snapshotPath: string;
let goldPath: string;

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

async function evalCli(...args: string[]) {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await main(['eval', ...args], { stdout, stderr, env: {}, cwd: process.cwd() });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-eval-'));
  const lopez = { id: 'person:maria-lopez', type: 'Person' as const, name: 'Maria Lopez', aliases: [], mentions: [{ docId: 'd1', ...at(TEXT, 'Maria Lopez') }] };
  const boston = { id: 'place:boston', type: 'Place' as const, name: 'Boston', aliases: [], mentions: [{ docId: 'd1', ...at(TEXT, 'Boston') }] };
  const snapshot: Snapshot = {
    format: 'claimgraph-snapshot',
    version: 1,
    createdAt: '2026-11-21T10:00:00.000Z',
    documents: [{ id: 'd1', length: TEXT.length }, { id: 'only-in-snapshot', length: 10 }],
    entities: [lopez, boston],
    statements: [statement(TEXT, 'We will not raise taxes,', 'direct', 'Maria Lopez', lopez.id), statement(TEXT, 'Senator Maria Lopez said in Boston.', 'indirect')],
    relations: [],
  };
  snapshotPath = join(dir, 'snapshot.json');
  await writeSnapshot(snapshotPath, snapshot);
  goldPath = join(dir, 'gold.jsonl');
  const d1 = {
    docId: 'd1',
    text: TEXT,
    entities: [{ type: 'PERSON', ...at(TEXT, 'Senator Maria Lopez') }, { type: 'LOCATION', ...at(TEXT, 'Boston') }],
    quotes: [
      quote(TEXT, 'We will not raise taxes,', { kind: 'direct', speakerWords: 'Senator Maria Lopez', speakerName: 'Maria Lopez' }),
      quote(TEXT, 'the plan was vague', { kind: 'indirect', speakerWords: 'Critics' }),
    ],
  };
  await writeFile(goldPath, `${JSON.stringify(d1)}\n${JSON.stringify({ docId: 'only-in-gold', quotes: [] })}\n`);
});

describe('claimgraph eval', () => {
  it('prints the scores as a table, saying which documents were scored', async () => {
    const { code, stdout } = await evalCli(snapshotPath, goldPath);
    expect(code).toBe(0);
    expect(stdout).toContain('Documents: 1 scored (in both); 1 only in the gold, 1 only in the snapshot');
    // Place right; Person "Maria Lopez" vs gold "Senator Maria Lopez": a false alarm and a miss.
    expect(stdout).toMatch(/Person\s+1\s+1\s+0\s+0\.0%\s+0\.0%\s+0\.0%/);
    expect(stdout).toMatch(/Place\s+1\s+1\s+1\s+100\.0%\s+100\.0%\s+100\.0%/);
    // Statements: 1 of 2 predicted right, 1 of 2 gold found.
    expect(stdout).toMatch(/all\s+2\s+2\s+1\s+50\.0%\s+50\.0%\s+50\.0%/);
    expect(stdout).toContain('words 100.0% (1/1), 0 with no speaker found; resolved name 100.0% (1/1)');
  });

  it('gives the same report as JSON, and the errors with --errors', async () => {
    const { code, stdout } = await evalCli(snapshotPath, goldPath, '--json', '--errors');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.documents).toEqual({ gold: 2, snapshot: 2, scored: 1, goldOnly: 1, snapshotOnly: 1, lengthMismatch: [] });
    expect(report.entities.overall).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(report.statements.overall).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5 });
    expect(report.errors.map((e: { what: string; layer: string; text: string }) => `${e.what} ${e.layer} ${e.text}`)).toEqual([
      'miss entity Senator Maria Lopez',
      'false-alarm statement Senator Maria Lopez said in Boston.',
      'false-alarm entity Maria Lopez',
      'miss statement the plan was vague',
    ]);
    const text = await evalCli(snapshotPath, goldPath, '--errors');
    expect(text.stdout).toContain('\nErrors (4):\nd1:27-46\tmiss\tentity/Person\t"Senator Maria Lopez"\n');
  });

  it('fails with file:line for a bad gold line, and when no document is in both', async () => {
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, `${JSON.stringify({ docId: 'd1', quotes: [] })}\n{"docId": "d2", "quotes": [{"start": "x"}]}\n`);
    const r = await evalCli(snapshotPath, bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${bad}:2: not a gold document: "quotes.0.start": Invalid input: expected number, received string\n`);
    const other = join(dir, 'other.jsonl');
    await writeFile(other, `${JSON.stringify({ docId: 'x', quotes: [] })}\n`);
    const none = await evalCli(snapshotPath, other);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no document of .*other\.jsonl is in .*snapshot\.json/);
  });

  it('warns when the gold text is not the text the snapshot was extracted from', async () => {
    const edited = join(dir, 'edited.jsonl');
    await writeFile(edited, `${JSON.stringify({ docId: 'd1', text: TEXT + ' Updated at 5pm.', quotes: [], annotated: ['quotes'] })}\n`);
    const r = await evalCli(snapshotPath, edited);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: the gold text of "d1" differs in length from the snapshot's document/);
  });

  it('is a usage error without both files', async () => {
    expect((await evalCli(snapshotPath)).code).toBe(2);
  });
});
