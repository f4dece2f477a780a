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
const people = (texts: string[]) => link(texts).linked.entities.filter((e) => e.type === 'Person');
const docsOf = (e: { mentions: { docId: string }[] }) => [...new Set(e.mentions.map((m) => m.docId))];

// Articles written for these tests, a sentence or two each, in the shape of news copy. The
// expected entities are who and what the articles name, read off the sentences.
describe('linking across documents', () => {
  it('joins a surname alone to the full name whose articles name the same people and organisations', () => {
    const ps = people([
      'Ali Akbar Velayati met Ismail Haniyeh and Hamas officials in Tehran.',
      'Velayati told Ismail Haniyeh that Hamas had the support of the region.',
      'Gordon Brown presented the budget to Parliament.',
    ]);
    const velayati = ps.find((e) => e.id === 'person:ali-akbar-velayati')!;
    expect(velayati.name).toBe('Ali Akbar Velayati');
    expect(velayati.mentions.map((m) => `${m.docId}:${m.text}`)).toEqual(['d0:Ali Akbar Velayati', 'd1:Velayati']);
  });

  it('keeps a surname alone apart when nothing else ties the articles: a shared word is no evidence', () => {
    expect(idsOf(['Ali Akbar Velayati met officials in Tehran.', 'Velayati said the front was united.', 'Gordon Brown presented the budget.']).filter((id) => id.startsWith('person:'))).toEqual([
      'person:ali-akbar-velayati',
      'person:velayati',
      'person:gordon-brown',
    ]);
  });

  it('finds a person again under the longer name the cluster took', () => {
    const ps = people(['Akbar Velayati spoke on Friday.', 'Ali Akbar Velayati spoke again.', 'Ali Akbar Velayati met Bashar Assad.']);
    const velayati = ps.filter((e) => e.name.endsWith('Velayati'));
    expect(velayati.map((e) => e.name)).toEqual(['Ali Akbar Velayati']);
    expect(docsOf(velayati[0]!)).toEqual(['d0', 'd1', 'd2']);
  });

  it('merges transliteration variants and keeps the fullest spelling', () => {
    const { linked } = link([
      'Lieutenant General Qasem Soleimani was the first commander to respond.',
      'General Qassem Soleimani fought ISIL. General Qassem Soleimani led the Quds Force.',
    ]);
    const ps = linked.entities.filter((e) => e.type === 'Person');
    expect(ps.map((p) => p.id)).toEqual(['person:qassem-soleimani']);
    expect(ps[0]!.aliases).toContain('Qasem Soleimani');
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
    expect(idsOf(['Three infants froze to death in Gaza.', 'Israel’s latest war on the Gaza Strip ended.']).filter((id) => id.startsWith('place:gaza'))).toEqual(['place:gaza-strip']);
  });

  it('does not merge two people who only share a surname', () => {
    const ids = idsOf(['Hillary Clinton spoke in Iowa.', 'Chelsea Clinton spoke in Ohio.', 'Clinton said nothing.']);
    expect(ids.filter((id) => id.startsWith('person:'))).toEqual(['person:hillary-clinton', 'person:chelsea-clinton', 'person:clinton']);
  });

  it('keeps "Prince Charles", "Charles Kennedy" and "Ray Charles" three people', () => {
    const ps = people([
      'Prince Charles opened a hospital in Glasgow.',
      'Liberal Democrat leader Charles Kennedy spoke in Glasgow.',
      'Ray Charles recorded the album in Los Angeles.',
      'Prince Charles and Camilla Parker Bowles will marry in April.',
    ]);
    expect(ps.map((e) => [e.name, docsOf(e)])).toEqual([
      ['Prince Charles', ['d0', 'd3']],
      ['Charles Kennedy', ['d1']],
      ['Ray Charles', ['d2']],
      ['Camilla Parker Bowles', ['d3']],
    ]);
    expect(ps.flatMap((e) => e.aliases)).not.toContain('Prince Charles');
  });

  it('joins "Mr Blair" to Tony Blair, and keeps him apart when the evidence is split between two Blairs', () => {
    const articles = ['Tony Blair and Gordon Brown met Labour Party officials.', 'Mr Blair told Gordon Brown the Labour Party would win.'];
    const blairs = (texts: string[]) => people(texts).filter((e) => e.name.endsWith('Blair')).map((e) => [e.name, docsOf(e)]);
    expect(blairs([...articles, 'Michael Howard spoke in Dover.'])).toEqual([['Tony Blair', ['d0', 'd1']]]);
    expect(blairs([...articles, 'Cherie Blair and Gordon Brown went to the Labour Party dinner.'])).toEqual([
      ['Tony Blair', ['d0']],
      ['Blair', ['d1']],
      ['Cherie Blair', ['d2']],
    ]);
  });

  it('never takes a bare first name as an alias', () => {
    const ps = people(['Tony Blair spoke first. Tony then left the room.', 'Tony Blair flew to Washington.']);
    expect(ps.map((e) => [e.name, e.aliases])).toEqual([['Tony Blair', []]]);
  });

  it('gives the same ids for the same input, and maps every document key to an id', () => {
    const texts = [
      'Syrian Foreign Minister Faisal Mikdad met Ali Akbar Velayati and Ziad al-Nakhala in Tehran.',
      'Mikdad hailed the role of Ali Akbar Velayati and Ziad al-Nakhala.',
      'Gordon Brown presented the budget.',
    ];
    const a = link(texts);
    const b = link(texts);
    expect(a.linked.entities).toEqual(b.linked.entities);
    for (const ex of a.extractions) for (const e of ex.entities) expect(a.linked.idOf(ex.docId, e.key)).toBeDefined();
    const mikdad = a.extractions[1]!.entities.find((e) => e.name === 'Mikdad')!;
    expect(a.linked.idOf('d1', mikdad.key)).toBe('person:faisal-mikdad');
  });

  it('gives the same entities whatever the order of the documents', () => {
    const texts = ['Tony Blair and Gordon Brown met Labour Party officials.', 'Mr Blair told Gordon Brown the Labour Party would win.', 'Prince Charles visited Glasgow.'];
    const forward = link(texts).linked.entities.map((e) => [e.id, e.name, e.aliases]);
    const backward = link([...texts].reverse()).linked.entities.map((e) => [e.id, e.name, e.aliases]);
    expect(new Set(backward.map((x) => JSON.stringify(x)))).toEqual(new Set(forward.map((x) => JSON.stringify(x))));
  });
});
