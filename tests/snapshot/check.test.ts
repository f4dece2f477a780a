import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../../src/snapshot/check.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

const TEXT = '“Victory is undoubtedly yours,” he told the Palestinian official.';

function valid(): Snapshot {
  return {
    format: 'claimgraph-snapshot',
    version: 1,
    createdAt: '2026-11-21T10:00:00.000Z',
    documents: [{ id: 'doc.txt', title: 'A call', length: TEXT.length }],
    entities: [
      { id: 'person:velayati', type: 'Person', name: 'Velayati', aliases: [], mentions: [] },
      { id: 'organization:hamas', type: 'Organization', name: 'Hamas', aliases: [], mentions: [] },
    ],
    statements: [
      {
        id: 'st:doc.txt:1',
        docId: 'doc.txt',
        kind: 'direct',
        content: 'Victory is undoubtedly yours,',
        start: 1,
        end: 30,
        cue: { text: 'told', start: 35, end: 39 },
        speaker: { entityId: 'person:velayati', text: 'he', start: 32, end: 34 },
        addressee: { entityId: null, text: 'the Palestinian official', start: 40, end: 64 },
        about: ['organization:hamas'],
        confidence: 0.9,
      },
    ],
    relations: [],
  };
}
const texts = new Map([['doc.txt', TEXT]]);

describe('checkSnapshot', () => {
  it('accepts a valid snapshot, spans checked against the text', () => {
    const { snapshot, problems } = checkSnapshot(valid(), 's.json', texts);
    expect(problems).toEqual([]);
    expect(snapshot?.statements).toHaveLength(1);
  });

  it('reports schema problems with their path', () => {
    const bad = { ...valid(), format: 'other', documents: [{ id: 'x' }] };
    const reasons = checkSnapshot(bad, 's.json').problems.map((p) => p.reason);
    expect(reasons).toContain('format: Invalid input: expected "claimgraph-snapshot"');
    expect(reasons.some((r) => r.startsWith('documents.0.length'))).toBe(true);
  });

  it.each<[string, (s: Snapshot) => void, RegExp]>([
    ['a dangling speaker', (s) => (s.statements[0]!.speaker!.entityId = 'person:nobody'), /speaker: entity "person:nobody" does not exist/],
    ['a dangling about', (s) => (s.statements[0]!.about = ['place:atlantis']), /about: entity "place:atlantis" does not exist/],
    ['a duplicate id', (s) => s.entities.push({ ...s.entities[0]! }), /duplicate id "person:velayati"/],
    ['an unknown document', (s) => (s.statements[0]!.docId = 'other.txt'), /document "other.txt" does not exist/],
    ['a span past the end', (s) => (s.statements[0]!.cue = { text: 'x', start: 99, end: 100 }), /runs past the document's end/],
    ['a span whose text differs', (s) => (s.statements[0]!.speaker!.text = 'He'), /text "He" is not the document's text at 32-34/],
    ['a wrong length', (s) => (s.documents[0]!.length = 10), /length 10, but the text has/],
  ])('finds %s', (_name, spoil, reason) => {
    const s = valid();
    spoil(s);
    const { problems } = checkSnapshot(s, 's.json', texts);
    expect(problems.map((p) => p.reason).join('\n')).toMatch(reason);
    expect(problems.every((p) => p.file === 's.json')).toBe(true);
  });
});
