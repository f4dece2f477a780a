import type { Entity, EntityType } from '../snapshot/schema.js';
import { linkUnits } from './link/clusters.js';
import { formsOf, type Unit } from './link/units.js';
import type { DocEntity, DocExtraction } from './types.js';

/** Corpus entities, and for each document the map from its local keys to their ids. */
export interface LinkedEntities {
  entities: Entity[];
  /** The id of a document's entity, by its local key. */
  idOf(docId: string, key: string): string | undefined;
  /** The id of a thing a statement of the document is about but that it never names (`aboutNames`). */
  idOfName(docId: string, type: EntityType, name: string): string | undefined;
}

/**
 * Merge the entities of all documents into one entity per real thing (src/extract/link/): each
 * document entity, and each thing a statement is about that its document never names, becomes a
 * unit known by its type and the forms the document uses; units are clustered across the corpus
 * and each cluster gets its name, aliases and a stable `type:slug` id. The result depends only on
 * the set of documents, not on their order, so `claimgraph link` over shares of a corpus loaded
 * into one graph gives the same entities.
 */
export function linkEntities(extractions: DocExtraction[]): LinkedEntities {
  const units: Unit[] = [];
  const owners: (DocEntity | undefined)[] = [];
  const unitOf = new Map<string, number>();
  const add = (docId: string, ref: string, unit: Unit, owner?: DocEntity) => {
    unitOf.set(`${docId}\u0000${ref}`, units.length);
    units.push(unit);
    owners.push(owner);
  };
  for (const ex of extractions) {
    for (const e of ex.entities) {
      if (e.mentions.length > 0) add(ex.docId, e.key, { docId: ex.docId, type: e.type, forms: formsOf(e.mentions.map((m) => m.text)), named: true }, e);
    }
    for (const s of ex.statements) {
      for (const n of s.aboutNames ?? []) {
        const ref = `${n.type}\u0000${n.name}`;
        if (!unitOf.has(`${ex.docId}\u0000${ref}`)) add(ex.docId, ref, { docId: ex.docId, type: n.type, forms: formsOf([n.name]), named: false });
      }
    }
  }
  const clusters = linkUnits(units);
  const idOfUnit: string[] = [];
  const docOrder = new Map(extractions.map((ex, i) => [ex.docId, i]));
  const entities = clusters.map((c): Entity => {
    const entity: Entity = { id: c.id, type: c.type, name: c.name, aliases: c.aliases, mentions: [] };
    for (const i of c.units) {
      idOfUnit[i] = c.id;
      for (const m of owners[i]?.mentions ?? []) entity.mentions.push({ docId: units[i]!.docId, start: m.start, end: m.end, text: m.text });
    }
    // In document order, and in text order within one, whichever of its units named it first.
    entity.mentions.sort((a, b) => docOrder.get(a.docId)! - docOrder.get(b.docId)! || a.start - b.start || a.end - b.end);
    return entity;
  });
  const find = (docId: string, ref: string) => {
    const i = unitOf.get(`${docId}\u0000${ref}`);
    return i === undefined ? undefined : idOfUnit[i];
  };
  return { entities, idOf: find, idOfName: (docId, type, name) => find(docId, `${type}\u0000${name}`) };
}
