import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/document.js';
import { readSourceModel } from '../../../src/pipeline/source-model.js';

// Speakers and addressees of the seed articles (corpus/), each read off the article: the statement
// is found by the first words of its content; the speaker and addressee are the people meant.
// These were right at the start of this work and must stay right.
type Row = [start: string, speaker: string | null, addressee: string | null];
const SEEDS: Record<string, Row[]> = {
  '001_8c86ff3701bfb714.txt': [
    ['We are very pleased with your recent victories', 'Ali Akbar Velayati', 'Ismail Haniyeh'],
    ['Whatever effort the Zionist regime', 'Ali Akbar Velayati', null],
    ['Victory is undoubtedly yours', 'Ali Akbar Velayati', 'Ismail Haniyeh'],
    ['The outcome of the unity', 'Ali Akbar Velayati', 'Ziad al-Nakhala'],
    ['on the occasion of the resistance’s recent victories', 'Ali Akbar Velayati', 'Naim Qassem'],
    ['Hezbollah to be “the flag-bearer', 'Ali Akbar Velayati', 'Naim Qassem'],
    ['These victories have been realized', 'Ismail Haniyeh', null],
    ['God willing, we will defeat the Zionist regime', 'Ismail Haniyeh', null],
    ['The resistance is making progress', 'Ziad al-Nakhala', null],
    ['God willing, we will be able to free', 'Naim Qassem', null],
    // "IRGC says Yemeni strikes changed Israel’s calculations" is a headline in the page's
    // "Recent Posts" list, not the article: it gives no statement of it (issue 14).
  ],
  '002_10cf1d82d72718b5.txt': [
    ['the Islamic Republic will never back down', 'Ali Akbar Velayati', 'Faisal Mikdad'],
    ['The Islamic Republic of Iran has always supported', 'Ali Akbar Velayati', 'Faisal Mikdad'],
    ['Iran also supports Syria’s stance', 'Ali Akbar Velayati', 'Faisal Mikdad'],
    ['The Zionist regime and its puppets', 'Ali Akbar Velayati', 'Faisal Mikdad'],
    ['Tehran and Damascus are resolved', 'Faisal Mikdad', null],
    ['the positions of Imam Khamenei', 'Faisal Mikdad', null],
    ['confidence that Syria would have a bright future', 'Ebrahim Raisi', 'Faisal Mikdad'],
  ],
  '004_3648450316b28708.txt': [['With the appointment of Hajj Qassem', 'Hussein Kanani Moghadam', null]],
};

describe('the seed articles keep their right speakers and addressees', () => {
  const model = readSourceModel() ?? undefined;
  for (const [file, rows] of Object.entries(SEEDS)) {
    const text = readFileSync(new URL(`../../../corpus/${file}`, import.meta.url), 'utf8');
    const ex = extractDocument({ id: file, text }, model ? { sourceModel: model } : {});
    const name = (key: string | null | undefined) => ex.entities.find((e) => e.key === key)?.name ?? null;
    it.each(rows)(`${file}: “%s…”`, (start, speaker, addressee) => {
      const st = ex.statements.find((s) => s.content.startsWith(start));
      expect(st, `no statement starting "${start}"`).toBeDefined();
      expect([name(st!.speaker?.key), name(st!.addressee?.key)]).toEqual([speaker, addressee]);
    });
  }
});
