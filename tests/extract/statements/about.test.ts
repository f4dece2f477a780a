import { describe, expect, it } from 'vitest';
import { findStatements } from '../../../src/extract/statements/index.js';
import type { DocEntity } from '../../../src/extract/types.js';
import { entity } from './fixtures.js';

// Sentences written for these tests, in the shapes stance needs of `about` (coord/stance.md).
const aboutOf = (text: string, entities: DocEntity[], start: string) => {
  const st = findStatements(text, entities).find((s) => s.content.startsWith(start));
  expect(st, `no statement starting "${start}"`).toBeDefined();
  const names = st!.about.map((k) => entities.find((e) => e.key === k)?.name);
  return { names, other: (st!.aboutNames ?? []).map((n) => n.name) };
};

describe('about: what a statement is about beyond the names inside it', () => {
  it('takes the country of a demonym before a noun as the agent of the act', () => {
    const text = 'Berg condemned the Russian attack on Kyiv.';
    const found = [entity(text, 'Person', 'Berg'), entity(text, 'Place', 'Kyiv')];
    expect(aboutOf(text, found, 'the Russian attack')).toEqual({ names: ['Kyiv'], other: ['Russia'] });
    const known = [...found, entity(text, 'Place', 'Russia')];
    expect(aboutOf(text, known, 'the Russian attack').names).toEqual(['Kyiv', 'Russia']);
  });

  it('leaves a demonym before a name or title alone', () => {
    const text = 'Berg said Russian President Ivan Petrov would visit in June.';
    expect(aboutOf(text, [entity(text, 'Person', 'Ivan Petrov')], 'Russian President').other).toEqual([]);
  });

  it('adds what a quote is said to refer to', () => {
    const text = '"We will drive this plague out of our land," the minister added, referring to the occupying army of Russia.';
    const found = [entity(text, 'Place', 'Russia')];
    expect(aboutOf(text, found, 'We will drive').names).toEqual(['Russia']);
  });

  it('adds who is thanked or condemned, not who is told', () => {
    const thanked = 'Prime Minister Tom Hale thanked Canada for its support.';
    const found = [entity(thanked, 'Person', 'Tom Hale'), entity(thanked, 'Place', 'Canada')];
    expect(aboutOf(thanked, found, 'for its support').names).toEqual(['Canada']);
    const told = 'Hale told Canada’s envoy that the talks would resume.';
    const people = [entity(told, 'Person', 'Hale'), entity(told, 'Person', 'Canada’s envoy')];
    expect(aboutOf(told, people, 'the talks').names).toEqual([]);
  });
});
