import { describe, expect, it } from 'vitest';
import { auditSnapshot, formatAudit } from '../../src/audit/index.js';
import type { Entity, Snapshot, Statement } from '../../src/snapshot/schema.js';

/** A snapshot of a few hand-made entities, statements and documents (the faults the issue saw). */
function snapshot(parts: { entities?: Entity[]; statements?: Statement[]; dates?: (string | undefined)[] }): Snapshot {
  const dates = parts.dates ?? [];
  return {
    format: 'claimgraph-snapshot',
    version: 1,
    createdAt: '2026-11-30T00:00:00.000Z',
    documents: [{ id: 'd0', length: 100 }, ...dates.map((d, i) => ({ id: `n${i}`, length: 10, ...(d ? { publishedAt: d } : {}) }))],
    entities: parts.entities ?? [],
    statements: parts.statements ?? [],
    relations: [],
  };
}
const person = (id: string, name: string, aliases: string[] = [], mentions: string[] = []): Entity => ({
  id,
  type: 'Person',
  name,
  aliases,
  mentions: mentions.map((text, i) => ({ docId: 'd0', start: i, end: i + text.length, text })),
});
const found = (s: Snapshot, check: string) => auditSnapshot(s).findings.filter((f) => f.check === check).map((f) => f.id);

describe('claimgraph audit: what looks wrong', () => {
  it('finds names with lower-case or title words, not royal styles or surnames that are titles', () => {
    const s = snapshot({
      entities: [
        person('person:of-the-exchequer-gordon-brown', 'of the Exchequer Gordon Brown'),
        person('person:chancellor-brown', 'Chancellor Gordon Brown'),
        person('person:prince-charles', 'Prince Charles'),
        person('person:mervyn-king', 'Mervyn King'),
        person('person:abu-mahdi-al-muhandis', 'Abu Mahdi al-Muhandis'),
      ],
    });
    expect(found(s, 'name-word')).toEqual(['person:of-the-exchequer-gordon-brown', 'person:chancellor-brown']);
  });

  it('finds aliases that are ordinary words', () => {
    const s = snapshot({ entities: [person('person:tony-blair', 'Tony Blair', ['Blair', 'under', 'leader', 'Leader', 'Tony'])] });
    expect(auditSnapshot(s).findings.filter((f) => f.check === 'common-alias').map((f) => f.subject)).toEqual([
      'Tony Blair: "under"',
      'Tony Blair: "leader"',
      'Tony Blair: "Leader"',
    ]);
  });

  it('finds an alias two people go by', () => {
    const s = snapshot({ entities: [person('person:charles-kennedy', 'Charles Kennedy', ['Kennedy', 'Prince Charles']), person('person:prince-charles', 'Prince Charles')] });
    expect(auditSnapshot(s).findings.filter((f) => f.check === 'shared-alias').map((f) => f.subject)).toEqual(['"prince charles"']);
  });

  it('finds people merged from differently spelled first names', () => {
    const s = snapshot({
      entities: [
        person('person:qassem-soleimani', 'Qassem Soleimani', ['Qasem Soleimani']),
        person('person:george-w-bush', 'George W Bush', ['George Bush']),
        person('person:jose-manuel-barroso', 'Jose Manuel Barroso', ['Manuel Barroso']),
      ],
    });
    expect(found(s, 'first-names')).toEqual(['person:qassem-soleimani']);
  });

  it('finds statements whose speaker is a place', () => {
    const place: Entity = { id: 'place:washington', type: 'Place', name: 'Washington', aliases: [], mentions: [{ docId: 'd0', start: 0, end: 10, text: 'Washington' }] };
    const said = (id: string, entityId: string): Statement => ({
      id, docId: 'd0', kind: 'indirect', content: 'finally assassinated him', start: 20, end: 44, cue: null,
      speaker: { entityId, text: 'Washington', start: 0, end: 10 }, addressee: null, about: [], confidence: 0.5,
    });
    const s = snapshot({ entities: [place, person('person:tony-blair', 'Tony Blair')], statements: [said('st:1', 'place:washington'), said('st:2', 'person:tony-blair')] });
    expect(found(s, 'place-speaker')).toEqual(['st:1']);
  });

  it('finds documents dated far outside the corpus, and after the snapshot was made', () => {
    const bulk = Array.from({ length: 20 }, (_, i) => `2005-0${1 + (i % 6)}-1${i % 9}`);
    const s = snapshot({ dates: [...bulk, '1920-04-05', '2030-01-01', undefined] });
    expect(found(s, 'date-outlier')).toEqual(['n20', 'n21']);
  });

  it('sums up and lists, and says so when there is nothing to check', () => {
    const clean = snapshot({ entities: [person('person:tony-blair', 'Tony Blair', ['Blair'])] });
    expect(auditSnapshot(clean).findings).toEqual([]);
    expect(formatAudit(auditSnapshot(clean), 20)).toMatch(/^Nothing to check\./u);
    const dirty = snapshot({ entities: [person('person:x', 'of the Exchequer Gordon Brown', ['under'])] });
    const text = formatAudit(auditSnapshot(dirty), 20);
    expect(text).toMatch(/^2 things to check:/u);
    expect(text).toContain('of the Exchequer Gordon Brown — holds "of", "the", not a name [person:x]');
  });
});
