import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/nlp/index.js';

const view = (text: string) => tokenize(text).map((t) => `${text.slice(t.start, t.end)}${t.possessive ? "'s" : ''}`);

describe('tokenize: words with exact [start, end) spans, punctuation and possessives off', () => {
  const table: [string, string[]][] = [
    ["Iran's Leader spoke.", ["Iran's", 'Leader', 'spoke']],
    ['Lebanon’s Hezbollah', ["Lebanon's", 'Hezbollah']],
    ["England 's one-day side", ["England's", 'one-day', 'side']],
    ['Abu Mahdi al-Muhandis, the secretary-general', ['Abu', 'Mahdi', 'al-Muhandis', 'the', 'secretary-general']],
    ['the Bergamo-based Atalanta', ['the', 'Bergamo', 'based', 'Atalanta']],
    ['NationsBank Corp. said', ['NationsBank', 'Corp.', 'said']],
    // A typo ("'role") stays one word: no word of the text vanishes.
    ["General Soleimani'role in it", ['General', "Soleimani'role", 'in', 'it']],
    ["Ja'afari and the Ba'ath Party met Shi'ite clerics", ["Ja'afari", 'and', 'the', "Ba'ath", 'Party', 'met', "Shi'ite", 'clerics']],
    ['the Nurses’ Union', ['the', "Nurses's", 'Union']],
    ['“Victory is yours,” he said.', ['Victory', 'is', 'yours', 'he', 'said']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });

  it('keeps offsets exact after astral characters and line breaks', () => {
    const text = 'Flags 🇮🇷 and 🇸🇾.\r\n\r\nMikdad met Velayati.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toContain('Mikdad');
  });
});
