import { describe, expect, it } from 'vitest';
import { linkUnits } from '../../../src/extract/link/clusters.js';
import { formsOf, type Unit } from '../../../src/extract/link/units.js';

/** A unit of document `docId` named by `forms` (mention texts). */
const unit = (docId: string, type: Unit['type'], ...forms: string[]): Unit => ({ docId, type, forms: formsOf(forms), named: true });

/** Each cluster as "name: doc/doc…", in order of first unit. */
const clusters = (units: Unit[]) => linkUnits(units).map((c) => `${c.name}: ${c.units.map((i) => units[i]!.docId).join('/')}`);

describe('linkUnits: full names across documents', () => {
  it('joins an initial to the one full first name it stands for', () => {
    expect(clusters([unit('a', 'Person', 'Gordon Brown'), unit('b', 'Person', 'G Brown')])).toEqual(['Gordon Brown: a/b']);
  });

  it('keeps an initial apart when two full names share it', () => {
    expect(clusters([unit('a', 'Person', 'Gordon Brown'), unit('b', 'Person', 'Gareth Brown'), unit('c', 'Person', 'G Brown')])).toEqual([
      'Gordon Brown: a',
      'Gareth Brown: b',
      'G Brown: c',
    ]);
  });

  it('joins a name without its middle name to the fuller one', () => {
    expect(clusters([unit('a', 'Person', 'George W Bush'), unit('b', 'Person', 'George Bush')])).toEqual(['George W Bush: a/b']);
  });

  it('never joins two people one document kept apart', () => {
    // Document "a" names both "Rhys Williams" and "R Williams": they are two people there, so "R
    // Williams" of document "b" joins neither.
    expect(clusters([unit('a', 'Person', 'Rhys Williams'), unit('a', 'Person', 'R Williams'), unit('b', 'Person', 'R Williams')])).toEqual([
      'Rhys Williams: a',
      'R Williams: a/b',
    ]);
  });

  it('takes a first name spelled out later in the fuller name ("Akbar Velayati" of "Ali Akbar Velayati"), not an initial', () => {
    expect(clusters([unit('a', 'Person', 'Ali Akbar Velayati'), unit('b', 'Person', 'Akbar Velayati')])).toEqual(['Ali Akbar Velayati: a/b']);
    expect(clusters([unit('a', 'Person', 'Hunter S Thompson'), unit('b', 'Person', 'S Thompson')])).toEqual(['Hunter S Thompson: a', 'S Thompson: b']);
  });
});

describe('linkUnits: lone surnames', () => {
  const about = (doc: string, ...orgs: string[]) => orgs.map((o) => unit(doc, 'Organization', o));
  const corpus = [
    unit('a', 'Person', 'Liam Fox', 'Fox'),
    ...about('a', 'Conservative Party', 'BBC Radio'),
    unit('b', 'Person', 'Jamie Foxx'),
    ...about('b', 'Universal Pictures', 'Academy'),
    ...about('c', 'Ministry of Defence'),
    ...about('d', 'Manchester United'),
  ];

  it('joins the full name of the same surname as written whose documents name the same organisations', () => {
    expect(clusters([...corpus, unit('e', 'Person', 'Fox'), ...about('e', 'Conservative Party', 'BBC Radio')])[0]).toBe('Liam Fox: a/e');
  });

  it('does not join a surname that is only alike ("Fox", "Foxx")', () => {
    const got = clusters([...corpus, unit('e', 'Person', 'Fox'), ...about('e', 'Universal Pictures', 'Academy')]);
    expect(got).toContain('Jamie Foxx: b');
    expect(got).toContain('Fox: e');
  });

  it('stays apart with no shared organisation or person, or with only one', () => {
    expect(clusters([...corpus, unit('e', 'Person', 'Fox')])).toContain('Fox: e');
    expect(clusters([...corpus, unit('e', 'Person', 'Fox'), ...about('e', 'Conservative Party')])).toContain('Fox: e');
  });
});

describe('linkUnits: names, ids and aliases', () => {
  it('names a cluster by its most used fullest form, with the other forms as aliases in code-point order', () => {
    const [c] = linkUnits([unit('a', 'Person', 'Qassem Soleimani', 'Soleimani'), unit('b', 'Person', 'Qassem Soleimani'), unit('c', 'Person', 'Qasem Soleimani')]);
    expect([c!.id, c!.name, c!.aliases]).toEqual(['person:qassem-soleimani', 'Qassem Soleimani', ['Qasem Soleimani', 'Soleimani']]);
  });

  it('drops an alias another entity of the type goes by', () => {
    const got = linkUnits([unit('a', 'Person', 'Serena Williams', 'Williams'), unit('b', 'Person', 'Robbie Williams', 'Williams')]);
    expect(got.map((c) => [c.name, c.aliases])).toEqual([
      ['Serena Williams', []],
      ['Robbie Williams', []],
    ]);
  });

  it('gives the same ids whatever the order of the units', () => {
    const units = [unit('b', 'Place', 'Georgia'), unit('a', 'Person', 'Georgia'), unit('c', 'Organization', 'IRGC'), unit('d', 'Organization', 'Islamic Revolution Guards Corps')];
    const ids = (us: Unit[]) => linkUnits(us).map((c) => `${c.id}=${c.units.map((i) => us[i]!.docId).sort().join('/')}`).sort();
    expect(ids([...units].reverse())).toEqual(ids(units));
    expect(ids(units)).toEqual(['organization:islamic-revolution-guards-corps=c/d', 'person:georgia=a', 'place:georgia=b']);
  });

  it('names a thing a statement is about only when no document names it', () => {
    const iran = (docId: string, name: string, named: boolean): Unit => ({ docId, type: 'Place', forms: formsOf([name]), named });
    expect(linkUnits([iran('a', 'Iran', false)]).map((c) => [c.name, c.aliases])).toEqual([['Iran', []]]);
    expect(linkUnits([iran('a', 'Islamic Republic of Iran', false), iran('b', 'Persia', true)]).map((c) => [c.name, c.aliases])).toEqual([['Iran', ['Persia']]]);
  });
});
