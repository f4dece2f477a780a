import { describe, expect, it } from 'vitest';
import { assembleSnapshot } from '../../../src/extract/assemble.js';
import { extractDocument } from '../../../src/extract/document.js';
import { linkUnits } from '../../../src/extract/link/clusters.js';
import { formsOf, type Unit } from '../../../src/extract/link/units.js';
import type { Snapshot } from '../../../src/snapshot/schema.js';

// Articles written for this test. Document d1 says only "Mr Blair"; its share holds Tony Blair's
// article, the other share Cherie Blair's: each share alone joins d1 to Tony Blair, the whole
// corpus keeps it apart (the evidence is split between two Blairs).
const TEXTS = [
  'Tony Blair and Gordon Brown met Labour Party officials in London.',
  'Mr Blair told Gordon Brown that the Labour Party would win.',
  'Prince Charles opened a hospital in Glasgow.',
  'Cherie Blair and Gordon Brown attended the Labour Party dinner.',
  'Liberal Democrat leader Charles Kennedy spoke in Glasgow.',
  'Michael Howard said the Conservative Party would cut taxes.',
];
const createdAt = new Date('2026-11-30T00:00:00.000Z');
const extractions = TEXTS.map((text, i) => extractDocument({ id: `d${i}`, text }));
const snapshotOf = (idx: number[]) => assembleSnapshot(idx.map((i) => ({ id: `d${i}` })), idx.map((i) => extractions[i]!), createdAt);

/**
 * The units a graph holds once these snapshots are loaded into it, as `claimgraph link` reads them
 * (src/graph/link/read.ts): one per entity and document it is mentioned in, and one per entity a
 * statement of a document is about without a mention there (known by the entity's name).
 */
function graphUnits(snapshots: Snapshot[]): (Unit & { entityId: string; spans: string[] })[] {
  const mentions = new Map<string, { type: Unit['type']; texts: string[]; spans: string[] }>();
  const names = new Map<string, { name: string; type: Unit['type'] }>();
  const about = new Set<string>();
  for (const s of snapshots) {
    for (const e of s.entities) {
      names.set(e.id, { name: e.name, type: e.type });
      for (const m of e.mentions) {
        const k = `${e.id}\u0000${m.docId}`;
        const u = mentions.get(k) ?? mentions.set(k, { type: e.type, texts: [], spans: [] }).get(k)!;
        u.texts.push(m.text);
        u.spans.push(`${m.docId}:${m.start}:${m.text}`);
      }
    }
    for (const st of s.statements) for (const a of st.about) about.add(`${a}\u0000${st.docId}`);
  }
  const units = [...mentions].map(([k, u]) => {
    const [entityId, docId] = k.split('\u0000') as [string, string];
    return { docId, type: u.type, forms: formsOf(u.texts), named: true, entityId, spans: u.spans };
  });
  for (const k of about) {
    if (mentions.has(k)) continue;
    const [entityId, docId] = k.split('\u0000') as [string, string];
    units.push({ docId, type: names.get(entityId)!.type, forms: formsOf([names.get(entityId)!.name]), named: false, entityId, spans: [] });
  }
  return units;
}

/** Entities as a set of lines: id, name, aliases, mentions. */
const lines = (entities: { id: string; name: string; aliases: string[]; mentions: string[] }[]) =>
  new Set(entities.map((e) => JSON.stringify([e.id, e.name, e.aliases, [...e.mentions].sort()])));

describe('linking does not depend on how the corpus is split', () => {
  it('gives the entities of the whole corpus from two shares loaded together and linked', () => {
    const whole = snapshotOf([0, 1, 2, 3, 4, 5]);
    const shares = [snapshotOf([0, 1, 2]), snapshotOf([3, 4, 5])];
    const want = lines(whole.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => `${m.docId}:${m.start}:${m.text}`) })));

    // Loaded as they are, the shares disagree with the whole: d1's "Mr Blair" sits on Tony Blair.
    const loaded = graphUnits(shares);
    const unlinked = new Map<string, { id: string; name: string; aliases: string[]; mentions: string[] }>();
    for (const u of loaded) {
      const e = [...shares.flatMap((s) => s.entities)].find((x) => x.id === u.entityId)!;
      const got = unlinked.get(e.id) ?? unlinked.set(e.id, { id: e.id, name: e.name, aliases: e.aliases, mentions: [] }).get(e.id)!;
      got.mentions.push(...u.spans);
    }
    expect(lines([...unlinked.values()])).not.toEqual(want);
    expect(whole.entities.find((e) => e.id === 'person:blair')?.mentions.map((m) => m.docId)).toEqual(['d1']);

    // Linked over the whole graph, they agree.
    const linked = linkUnits(loaded).map((c) => ({ id: c.id, name: c.name, aliases: c.aliases, mentions: c.units.flatMap((i) => loaded[i]!.spans) }));
    expect(lines(linked)).toEqual(want);
  });
});
