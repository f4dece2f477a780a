import { describe, expect, it } from 'vitest';
import { EntityMatcher, fold } from '../../src/viz/page/match.js';

const entries = [
  { id: 'person:ali-akbar-velayati', name: 'Ali Akbar Velayati', type: 'Person' as const, aliases: ['Velayati', 'the Iranian official'], weight: 9 },
  { id: 'person:ali-khamenei', name: 'Ali Khamenei', type: 'Person' as const, aliases: ['Ayatollah Khamenei'], weight: 20 },
  { id: 'place:mali', name: 'Mali', type: 'Place' as const, aliases: [], weight: 1 },
  { id: 'person:jose-alvarez', name: 'José Álvarez', type: 'Person' as const, aliases: [], weight: 2 },
];

describe('type-ahead', () => {
  const m = new EntityMatcher(entries);
  it.each([
    ['Velayati', ['person:ali-akbar-velayati']],
    ['iranian off', ['person:ali-akbar-velayati']],
    ['ali', ['person:ali-khamenei', 'person:ali-akbar-velayati', 'place:mali']],
    ['alvarez', ['person:jose-alvarez']],
    ['  ', []],
    ['nobody', []],
  ])('%j → %j', (query, ids) => {
    expect(m.search(query).map((r) => r.entry.id)).toEqual(ids);
  });

  it('says which alias matched', () => {
    expect(m.search('ayatollah')[0]).toMatchObject({ via: 'Ayatollah Khamenei' });
    expect(fold('Velayáti')).toBe('velayati');
  });
});
