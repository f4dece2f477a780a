import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, readGold, type EvalReport } from '../../src/eval/index.js';
import { extractCorpus } from '../../src/pipeline/extract-corpus.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { readAddresseeGold, scoreAddressees } from '../helpers/addressees.js';

/**
 * The seed corpus as a whole, against a gold written by reading it
 * (tests/fixtures/seeds-gold.jsonl; its conventions in seeds-gold.md): entities, statements,
 * speakers and addressees, scored by `src/eval` as `claimgraph eval` scores them.
 */

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
const GOLD = fileURLToPath(new URL('../fixtures/seeds-gold.jsonl', import.meta.url));

/**
 * Floors, in percent. Each was set a little under the figure measured on main after the trained
 * recognizer and the speaker work (2026-11-30): about two statements or three mentions of slack,
 * so a change that loses more than that fails here. A fix that raises a figure should raise its
 * floor in the same commit; lowering one is a deliberate, explained commit.
 */
const FLOORS = {
  entityF1: 94, // measured 95.9 (P 92.7, R 99.3); was 93.9 with the rules alone
  statementF1: 93, // measured 95.6 (P 100, R 91.5: 43 of 47); was 86.6
  speakerWords: 97, // measured 100 (43/43)
  speakerName: 94, // measured 97.4 (38/39)
  addresseeF1: 56, // measured 61.5; one more wrong is about 57
};

const pct = (x: number | null | undefined) => Math.round((x ?? 0) * 1000) / 10;

let snapshot: Snapshot;
let report: EvalReport;

beforeAll(async () => {
  ({ snapshot } = await extractCorpus([CORPUS], { workers: 1, createdAt: new Date(0) }));
  report = evaluate(snapshot, await readGold(GOLD));
});

describe('the seed gold', () => {
  const lines = readFileSync(GOLD, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { docId: string; text: string; article: { start: number; end: number }[] });

  it('is the text of corpus/, article for article', () => {
    for (const line of lines) expect(line.text, line.docId).toBe(readFileSync(`${CORPUS}${line.docId}`, 'utf8'));
  });

  /** Every object with offsets in a gold line (entities, contents, pieces, speakers, cues, addressees). */
  function* spans(value: unknown, path: string): Generator<[string, { start: number; end: number; text?: string }]> {
    if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* spans(v, `${path}.${i}`);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number') yield [path, o as { start: number; end: number; text?: string }];
      for (const [k, v] of Object.entries(o)) if (typeof v === 'object') yield* spans(v, `${path}.${k}`);
    }
  }

  it('has offsets that slice exactly to every span text, all inside the article', () => {
    for (const line of lines) {
      const inArticle = (s: { start: number; end: number }) => line.article.some((a) => a.start <= s.start && s.end <= a.end);
      for (const [where, s] of spans(line, line.docId)) {
        const text = (s as { text?: string; content?: string }).text ?? (s as { content?: string }).content;
        expect(s.end, where).toBeGreaterThanOrEqual(s.start);
        if (text !== undefined) expect(line.text.slice(s.start, s.end), where).toBe(text);
        if (!where.includes('.article.')) expect(inArticle(s), `${where} outside the article`).toBe(true);
      }
    }
  });
});

describe('claimgraph on the seed corpus', () => {
  it('scores every article', () => {
    expect(report.documents).toMatchObject({ gold: 5, snapshot: 5, scored: 5, lengthMismatch: [] });
  });

  it(`finds the entities (F1 ≥ ${FLOORS.entityF1}%)`, () => {
    expect(pct(report.entities!.overall.f1)).toBeGreaterThanOrEqual(FLOORS.entityF1);
  });

  it(`finds the statements (F1 ≥ ${FLOORS.statementF1}%)`, () => {
    expect(pct(report.statements!.overall.f1)).toBeGreaterThanOrEqual(FLOORS.statementF1);
  });

  it(`names the speakers by their words (≥ ${FLOORS.speakerWords}%) and resolves them (≥ ${FLOORS.speakerName}%)`, () => {
    const { speakerSpan, speakerName } = report.statements!;
    expect(speakerSpan.total).toBeGreaterThan(40);
    expect(pct(speakerSpan.accuracy)).toBeGreaterThanOrEqual(FLOORS.speakerWords);
    expect(speakerName.total).toBeGreaterThan(30);
    expect(pct(speakerName.accuracy)).toBeGreaterThanOrEqual(FLOORS.speakerName);
  });

  it(`finds the addressees (F1 ≥ ${FLOORS.addresseeF1}%)`, () => {
    const addressees = scoreAddressees(snapshot, readAddresseeGold(GOLD));
    expect(addressees.tp + addressees.fn).toBeGreaterThan(15);
    expect(pct(addressees.f1)).toBeGreaterThanOrEqual(FLOORS.addresseeF1);
  });
});

/**
 * Wrong today (issue 20), each checked on its own. `it.fails` passes while the bug is there
 * and fails once it is fixed: then make it `it`. The fixes belong to other helpers' areas
 * (see /work/coord/tests.md): speaker choice and statements to speakers, the article body to
 * entities.
 */
describe('known wrong on the seed corpus', () => {
  const doc = (id: string) => snapshot.statements.filter((s) => s.docId.startsWith(id));

  // speakers: an event is not a speaker ("The assassination told the region something important:").
  it('no statement is said by "The assassination"', () => {
    expect(snapshot.statements.filter((s) => /^the assassination$/i.test(s.speaker?.text ?? ''))).toEqual([]);
  });

  // speakers: "repeatedly threatened him and finally assassinated him at …" reports no speech.
  it('"threatened him and finally assassinated him" is not a statement', () => {
    expect(doc('004').filter((s) => s.cue?.text === 'threatened' || s.content.startsWith('him and finally assassinated him'))).toEqual([]);
  });

  // speakers: "many people throughout the region declared joining these movements".
  it('the speaker of "declared joining these movements" is not "the region"', () => {
    const declared = doc('004').filter((s) => s.cue?.text === 'declared');
    expect(declared).toHaveLength(1);
    expect(declared[0]!.speaker?.text).toMatch(/^many people\b/);
  });

  // entities (article body): seed 001's footer "… its own style of covering Iran News" names no organisation.
  it('"Iran News" is not an organisation', () => {
    const iranNews = snapshot.entities.filter((e) => e.type === 'Organization' && e.mentions.some((m) => m.text === 'Iran News'));
    expect(iranNews).toEqual([]);
  });
});
