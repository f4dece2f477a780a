import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.js';
import { readDefaultRecognizer } from '../../../src/pipeline/model.js';
import { mentions as mentionsOf } from './mentions.js';

// The shipped recognizer (models/ner), as extraction uses it.
const recognizer = readDefaultRecognizer();
if (!recognizer) throw new Error('models/ner is missing: the recognizer these tests check is not there');

const mentions = (text: string) => mentionsOf(text, recognizer);

/** The entity that has a mention with this text. */
const entityOf = (text: string, mention: string) => findEntities(text, recognizer).entities.find((e) => e.mentions.some((m) => m.text === mention));

describe('the recognizer: a lone surname', () => {
  it('after the full name, it is the same person (either spelling)', () => {
    for (const [full, lone] of [['Bashar al-Assad', 'Assad'], ['Bashar al-Asad', 'Asad']] as const) {
      const text = `Syrian President ${full} met the envoy in Damascus on Monday. ${lone} said the talks had gone well.`;
      expect(mentions(text)).toEqual([`Person:${full}`, 'Place:Damascus', `Person:${lone}`]);
      expect(entityOf(text, lone)?.mentions.map((m) => m.text)).toEqual([full, lone]);
    }
  });

  it('alone in a headline, it is the person the article names in full', () => {
    const text = 'Assad vows to stay in power\n\nSyrian President Bashar al-Assad said on Sunday he would not step down before the vote.';
    expect(mentions(text)).toEqual(['Person:Assad', 'Person:Bashar al-Assad']);
    expect(entityOf(text, 'Assad')?.mentions).toHaveLength(2);
  });
});

describe('the recognizer: titles, ranks and nicknames stay outside the name', () => {
  it('"Spc." before a name is a rank, and a role', () => {
    const text = 'Spc. Lorraine Walsh, 24, of Dayton, Ohio, was wounded in the blast, the Army said.';
    expect(mentions(text).filter((m) => m.startsWith('Person'))).toEqual(['Person:Lorraine Walsh']);
    expect(entityOf(text, 'Lorraine Walsh')?.roles.map((r) => r.role)).toEqual(['Spc']);
  });

  it('a nickname in quotation marks is part of one person, not a place', () => {
    const text = 'Richard "Tex" Coe, a retired pilot, spoke at the ceremony in Austin on Friday.';
    expect(mentions(text)).toEqual(['Person:Richard "Tex" Coe', 'Place:Austin']);
  });
});

describe('the recognizer: capitals that name nothing, names that hold a possessive', () => {
  it('"She" opening a sentence is no place', () => {
    expect(mentions('She told the committee that funding would rise. She did not say when.')).toEqual([]);
  });

  it('"St Anne\'s Hospital" is one place (a facility), not a person "Anne"', () => {
    expect(mentions("The boy was taken to St Anne's Hospital in Leeds, police said.")).toEqual(["Place:St Anne's Hospital", 'Place:Leeds']);
  });

  it('"the Nurses\' Union" is one organisation', () => {
    expect(mentions("The Nurses' Union said its members would strike in March.")).toEqual(["Organization:Nurses' Union"]);
  });
});
