import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/document.js';
import { stanceOf } from '../../../src/extract/stance/index.js';
import type { DocExtraction } from '../../../src/extract/types.js';
import { markStatement } from './fixture.js';

/**
 * The four cases on the seed articles. What decides each is a general rule (a judging
 * noun in a predicate, a relation noun, a demonym before a judging noun, a description standing
 * for a target named after the quote), tested on sentences written for it in rules.test.ts.
 */
const seed = (name: string) => readFileSync(join(import.meta.dirname, '../../../corpus', name), 'utf8');
const IFP = seed('001_8c86ff3701bfb714.txt');
const TEHRAN_TIMES = seed('000_3f3029488118c96b.txt');

/** The stance of `speaker` towards `target` in the statement holding `words`, end to end. */
function stanceIn(ex: DocExtraction, words: string, speaker: string, target: string) {
  const key = (name: string) => ex.entities.find((e) => e.name === name)?.key;
  const st = ex.statements.find((s) => s.content.includes(words) && s.speaker?.key === key(speaker));
  return st?.stance?.find((s) => s.key === key(target) || s.key === `name:Place:${target}`);
}

describe('stance on the seed articles, end to end', () => {
  const ifp = extractDocument({ id: '001', text: IFP });
  it('Velayati backs Hezbollah: "the flag-bearer of struggle"', () => {
    expect(stanceIn(ifp, 'flag-bearer', 'Ali Akbar Velayati', 'Hezbollah')).toMatchObject({ stance: 'support', evidence: { text: 'flag-bearer' } });
  });
  it('Haniyeh backs Iran: alignment with friendly countries, especially Iran', () => {
    expect(stanceIn(ifp, 'especially Iran', 'Ismail Haniyeh', 'Iran')).toMatchObject({ stance: 'support' });
  });
  // This waits on the statement finder (#15): the quote's `about` lacks Israel, named after it in
  // "referring to the occupying regime". It turns red when that lands; then `it.fails` becomes `it`.
  it.fails('Qassem attacks Israel: "this cancerous tumor"', () => {
    expect(stanceIn(ifp, 'cancerous tumor', 'Naim Qassem', 'Israel')).toMatchObject({ stance: 'oppose' });
  });
  it('Velayati attacks Israel: "Israeli crimes"', () => {
    const ex = extractDocument({ id: '000', text: TEHRAN_TIMES });
    expect(stanceIn(ex, 'Israeli crimes', 'Ali Akbar Velayati', 'Israel')).toMatchObject({ stance: 'oppose' });
  });
});

describe('stance on the seed sentences, given the statements a reader marks', () => {
  it('Qassem attacks Israel, named after the quote: "this cancerous tumor"', () => {
    const { st, entities } = markStatement(IFP, {
      content: 'God willing, we will be able to free [the holy occupied city of] al-Quds from this cancerous tumor through steadfastness and resistance,',
      cue: 'added', speaker: 'Qassem', about: [['Israel', 'Place'], ['al-Quds', 'Place']],
    });
    const found = stanceOf(IFP, st, entities);
    expect(found.find((s) => s.key === 'israel')).toMatchObject({ stance: 'oppose', evidence: { text: 'cancerous' } });
  });
  it('Velayati attacks Israel: what he termed as "Israeli crimes"', () => {
    const { st, entities } = markStatement(TEHRAN_TIMES, { content: 'as "Israeli crimes."', kind: 'partial', cue: 'termed', cueClass: 'describe', speaker: 'Velayati', about: [['Israel', 'Place']] });
    expect(stanceOf(TEHRAN_TIMES, st, entities)).toMatchObject([{ key: 'israel', stance: 'oppose', evidence: { text: 'crimes' } }]);
  });
});
