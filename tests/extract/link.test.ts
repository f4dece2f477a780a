import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/extract/entities/index.js';
import { linkEntities } from '../../src/extract/link.js';
import type { DocExtraction } from '../../src/extract/types.js';

/** Extract entities from each text, as the pipeline does, and link them. */
function link(texts: string[]) {
  const extractions: DocExtraction[] = texts.map((text, i) => {
    const { entities, relations } = findEntities(text);
    return { docId: `d${i}`, meta: {}, length: text.length, entities, statements: [], relations };
  });
  return { linked: linkEntities(extractions), extractions };
}

const idsOf = (texts: string[]) => link(texts).linked.entities.map((e) => e.id);

describe('linking across documents', () => {
  it('merges a full name with the surname alone in another document, with a readable id', () => {
    const { linked } = link(['Ali Akbar Velayati met officials in Tehran.', 'Velayati said the resistance front is united.']);
    const velayati = linked.entities.find((e) => e.id === 'person:ali-akbar-velayati')!;
    expect(velayati.name).toBe('Ali Akbar Velayati');
    expect(velayati.mentions.map((m) => `${m.docId}:${m.text}`)).toEqual(['d0:Ali Akbar Velayati', 'd1:Velayati']);
  });

  it('finds a person again under the longer name the cluster took', () => {
    const { linked } = link([
      'Akbar Velayati spoke on Friday.',
      'Ali Akbar Velayati spoke again.',
      'Ali Akbar Velayati met Bashar Assad.',
      'Velayati welcomed the visit.',
    ]);
    const velayati = linked.entities.filter((e) => e.type === 'Person' && e.name.endsWith('Velayati'));
    expect(velayati.map((e) => e.name)).toEqual(['Ali Akbar Velayati']);
    expect(new Set(velayati[0]!.mentions.map((m) => m.docId))).toEqual(new Set(['d0', 'd1', 'd2', 'd3']));
  });

  it('merges transliteration variants and keeps the most used spelling', () => {
    const { linked } = link([
      'Lieutenant General Qasem Soleimani was the first commander to respond.',
      'General Qassem Soleimani fought ISIL. General Qassem Soleimani led the Quds Force.',
    ]);
    const people = linked.entities.filter((e) => e.type === 'Person');
    expect(people.map((p) => p.id)).toEqual(['person:qassem-soleimani']);
    expect(people[0]!.aliases).toContain('Qasem Soleimani');
  });

  it('merges an acronym with the full name and an official country name with the country', () => {
    const ids = idsOf([
      'The Quds Force of the Islamic Revolution Guards Corps (IRGC) advised them.',
      'The IRGC said Yemeni strikes changed Israel’s calculations.',
      'The Islamic Republic of Iran has always supported the resistance front.',
      'Iran condemned the attack.',
    ]);
    expect(ids.filter((id) => id.includes('revolution-guards'))).toEqual(['organization:islamic-revolution-guards-corps']);
    expect(ids.filter((id) => id.startsWith('place:iran'))).toEqual(['place:iran']);
  });

  it('merges "Gaza" and "Gaza Strip" across documents under the fuller name', () => {
    const { linked } = link(['Three infants froze to death in Gaza.', 'Israel’s latest war on the Gaza Strip ended.']);
    expect(linked.entities.filter((e) => e.id.startsWith('place:gaza')).map((e) => e.id)).toEqual(['place:gaza-strip']);
  });

  it('does not merge two people who only share a surname', () => {
    const ids = idsOf(['Hillary Clinton spoke in Iowa.', 'Chelsea Clinton spoke in Ohio.', 'Clinton said nothing.']);
    expect(ids.filter((id) => id.startsWith('person:'))).toEqual(['person:hillary-clinton', 'person:chelsea-clinton', 'person:clinton']);
  });

  it('gives the same ids for the same input, and maps every document key to an id', () => {
    const texts = ['Syrian Foreign Minister Faisal Mikdad met Velayati in Tehran.', 'Mikdad hailed Tehran’s role.'];
    const a = link(texts);
    const b = link(texts);
    expect(a.linked.entities).toEqual(b.linked.entities);
    for (const ex of a.extractions) for (const e of ex.entities) expect(a.linked.idOf(ex.docId, e.key)).toBeDefined();
    const mikdad = a.extractions[1]!.entities.find((e) => e.name === 'Mikdad')!;
    expect(a.linked.idOf('d1', mikdad.key)).toBe('person:faisal-mikdad');
  });
});
