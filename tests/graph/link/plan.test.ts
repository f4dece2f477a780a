import { describe, expect, it } from 'vitest';
import { formsOf } from '../../../src/extract/link/units.js';
import { planLink, type GraphEntity, type GraphUnit } from '../../../src/graph/link/index.js';
import type { MentionSpans } from '../../../src/graph/model.js';

/** A unit as the graph holds it: entity `entityId` mentioned in `docId` by these spans. */
function unit(entityId: string, docId: string, type: GraphUnit['type'], mentions: MentionSpans): GraphUnit {
  return { entityId, docId, type, mentions, forms: formsOf(mentions.map((m) => m[2])), named: true };
}

// A graph loaded from two shares: share 1 named "Gordon Brown" in doc a and only "G Brown" in b,
// so it made person:g-brown for b; share 2 has Gordon Brown again in c.
const units = [
  unit('person:gordon-brown', 'a', 'Person', [[0, 12, 'Gordon Brown'], [40, 45, 'Brown']]),
  unit('person:g-brown', 'b', 'Person', [[10, 17, 'G Brown']]),
  unit('person:gordon-brown', 'c', 'Person', [[5, 17, 'Gordon Brown']]),
];
const entities: GraphEntity[] = [
  { id: 'person:gordon-brown', type: 'Person', name: 'Gordon Brown', aliases: ['Brown'] },
  { id: 'person:g-brown', type: 'Person', name: 'G Brown', aliases: [] },
];

describe('planLink', () => {
  it('moves a unit to its cluster, writes its mentions there, names the cluster and drops the emptied entity', () => {
    const plan = planLink(units, entities);
    expect(plan.moves).toEqual([{ from: 'person:g-brown', to: 'person:gordon-brown', doc: 'b' }]);
    expect(plan.mentions).toEqual([{ entity: 'person:gordon-brown', doc: 'b', count: 1, mentions: JSON.stringify([[10, 17, 'G Brown']]) }]);
    expect(plan.upserts).toEqual([{ id: 'person:gordon-brown', type: 'Person', name: 'Gordon Brown', aliases: ['Brown', 'G Brown'] }]);
    expect(plan.emptied).toEqual(['person:g-brown']);
  });

  it('plans nothing for a graph that is linked already', () => {
    const linked = [units[0]!, { ...units[1]!, entityId: 'person:gordon-brown' }, units[2]!];
    const plan = planLink(linked, [{ id: 'person:gordon-brown', type: 'Person', name: 'Gordon Brown', aliases: ['Brown', 'G Brown'] }]);
    expect(plan).toEqual({ upserts: [], moves: [], mentions: [], emptied: [] });
  });

  it('creates the cluster entity a split leaves without a node', () => {
    // A share joined "Blair" of doc b to Tony Blair; the whole graph has no evidence for that.
    const plan = planLink(
      [unit('person:tony-blair', 'a', 'Person', [[0, 10, 'Tony Blair']]), unit('person:tony-blair', 'b', 'Person', [[3, 8, 'Blair']])],
      [{ id: 'person:tony-blair', type: 'Person', name: 'Tony Blair', aliases: ['Blair'] }],
    );
    expect(plan.moves).toEqual([{ from: 'person:tony-blair', to: 'person:blair', doc: 'b' }]);
    expect(plan.upserts).toEqual([
      { id: 'person:tony-blair', type: 'Person', name: 'Tony Blair', aliases: [] },
      { id: 'person:blair', type: 'Person', name: 'Blair', aliases: [] },
    ]);
    expect(plan.emptied).toEqual([]);
  });
});
