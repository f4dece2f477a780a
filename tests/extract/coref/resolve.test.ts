import { describe, expect, it } from 'vitest';
import { splitDescription } from '../../../src/extract/coref/resolve.js';
import { findStatements } from '../../../src/extract/statements/index.js';
import { entity } from '../statements/fixtures.js';

// From corpus/001 (our seed article), shortened.
const TEXT = [
  'Ali Akbar Velayati, who advises Iran’s Leader Ayatollah Seyyed Ali Khamenei on international affairs, felicitates senior resistance officials.',
  'Velayati made the remarks in separate phone calls with Ismail Haniyeh, head of the Political Bureau of the Palestinian resistance movement of Hamas, Ziad al-Nakhala, secretary-general of the Palestinian resistance movement of Islamic Jihad, and Sheikh Naim Qassem, deputy secretary-general of the Lebanese resistance movement of Hezbollah.',
  '“We are very pleased with your recent victories,” he told Haniyeh.',
  '“Whatever effort the Zionist regime puts into preserving itself is met with defeat,” the Iranian official asserted.',
  '“Victory is undoubtedly yours,” he told the Palestinian official.',
  'Speaking to Nakhala, Velayati congratulated the Islamic Jihad on its operations.',
  '“The outcome of the unity will be ultimate victory,” he told the Palestinian official.',
  '“These victories have been realized on the back of unity with friendly countries, especially Iran,” the Hamas’ official said.',
  '“God willing, we will free al-Quds,” the Lebanese official added.',
].join('\n\n');

const ENTITIES = [
  entity(TEXT, 'Person', 'Ali Akbar Velayati', 'Velayati'),
  entity(TEXT, 'Person', 'Ali Khamenei', 'Ayatollah Seyyed Ali Khamenei'),
  entity(TEXT, 'Person', 'Ismail Haniyeh', 'Haniyeh'),
  entity(TEXT, 'Person', 'Ziad al-Nakhala', 'Nakhala'),
  entity(TEXT, 'Person', 'Naim Qassem'),
  entity(TEXT, 'Organization', 'Hamas'),
  entity(TEXT, 'Organization', 'Islamic Jihad'),
  entity(TEXT, 'Organization', 'Hezbollah'),
  entity(TEXT, 'Place', 'Iran'),
];

const name = (key: string | null | undefined) => ENTITIES.find((e) => e.key === key)?.name ?? null;

describe('speakers and addressees resolved from the discourse', () => {
  const sts = findStatements(TEXT, ENTITIES);
  const by = (start: string) => sts.find((s) => s.content.startsWith(start))!;

  it.each([
    ['We are very pleased', 'he', 'Ali Akbar Velayati', 'Ismail Haniyeh'],
    ['Whatever effort', 'the Iranian official', 'Ali Akbar Velayati', null],
    ['Victory is undoubtedly', 'he', 'Ali Akbar Velayati', 'Ismail Haniyeh'],
    ['The outcome of the unity', 'he', 'Ali Akbar Velayati', 'Ziad al-Nakhala'],
    ['These victories', 'the Hamas’ official', 'Ismail Haniyeh', null],
    ['God willing', 'the Lebanese official', 'Naim Qassem', null],
  ])('“%s…”: %s → %s, to %s', (start, words, speaker, addressee) => {
    const st = by(start);
    expect(st.speaker?.text).toBe(words);
    expect(name(st.speaker?.key)).toBe(speaker);
    expect(name(st.addressee?.key)).toBe(addressee);
  });

  it('finds what statements are about, through descriptions and “you”', () => {
    expect(by('We are very pleased').about.map(name)).toContain('Hamas');
    expect(by('Whatever effort').aboutNames).toEqual([{ type: 'Place', name: 'Israel' }]);
    expect(by('These victories').about.map(name)).toContain('Iran');
  });
});

describe('splitDescription', () => {
  it.each([
    ['Imam Khamenei’s Advisor', 'Advisor', 'advisor'],
    ['the Hamas’ official', 'official', 'official'],
    ['Advisor to Leader of the Islamic Revolution on international affairs', 'Advisor', 'advisor'],
    ['the Syrian foreign minister', 'the Syrian foreign minister', 'minister'],
  ])('%s', (text, head, headWord) => {
    const d = splitDescription(text);
    expect([d.head, d.headWord]).toEqual([head, headWord]);
  });
});
