import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/extract/entities/index.js';

/** The names of the people found, each with the mention texts, in order of first mention. */
const people = (text: string) =>
  findEntities(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => `${e.name}: ${[...new Set(e.mentions.map((m) => m.text))].join(' | ')}`);

// Sentences written for these tests in the shape of news copy. Expected: who the sentence names,
// by their names alone.
describe('a person is named by a name', () => {
  const table: [string, string[]][] = [
    ['The Chancellor of the Exchequer Gordon Brown said the economy was strong.', ['Gordon Brown: Gordon Brown']],
    ['Blairite Alan Milburn will run the campaign.', ['Alan Milburn: Alan Milburn']],
    ['Backbencher Stephen Pound said the vote was close.', ['Stephen Pound: Stephen Pound']],
    ['Sprinter Kelly Holmes won a second gold medal.', ['Kelly Holmes: Kelly Holmes']],
    ['Briton Tim Henman lost in four sets.', ['Tim Henman: Tim Henman']],
    ['Actor Jamie Foxx thanked his grandmother.', ['Jamie Foxx: Jamie Foxx']],
    ['The Oscar for Hilary Swank was no surprise.', ['Hilary Swank: Hilary Swank']],
    ['Presidents George W Bush and Jacques Chirac met in Paris.', ['George W Bush: George W Bush', 'Jacques Chirac: Jacques Chirac']],
    // Names with particles and prefixes keep them.
    ['Mayor Bill de Blasio spoke to Abu Mahdi al-Muhandis by phone.', ['Bill de Blasio: Bill de Blasio', 'Abu Mahdi al-Muhandis: Abu Mahdi al-Muhandis']],
    // A royal style before one given name is how the person is named; other titles are not.
    ['Prince Charles opened the hospital with Mr Kennedy.', ['Prince Charles: Prince Charles', 'Kennedy: Kennedy']],
    // A lone title that is nobody's surname here names nobody; as a surname it does.
    ['The Chancellor said the figures were good.', []],
    ['Billie Jean King led the team. King said the team was ready.', ['Billie Jean King: Billie Jean King | King']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
