import type { Entity } from '../snapshot/schema.js';
import { slug } from './slug.js';
import type { DocExtraction } from './types.js';

/** Corpus entities, and for each document the map from its local keys to their ids. */
export interface LinkedEntities {
  entities: Entity[];
  idOf(docId: string, key: string): string | undefined;
}

/**
 * Merge the entities of all documents into one entity per real thing.
 * (First version: the same type and the same name, case-insensitively.)
 */
export function linkEntities(extractions: DocExtraction[]): LinkedEntities {
  const byName = new Map<string, Entity>();
  const keyMap = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const ex of extractions) {
    for (const e of ex.entities) {
      const nameKey = `${e.type}|${e.name.toLowerCase()}`;
      let entity = byName.get(nameKey);
      if (!entity) {
        const base = `${e.type.toLowerCase()}:${slug(e.name)}`;
        let id = base;
        for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
        usedIds.add(id);
        entity = { id, type: e.type, name: e.name, aliases: [], mentions: [] };
        byName.set(nameKey, entity);
      }
      for (const m of e.mentions) entity.mentions.push({ docId: ex.docId, ...m });
      for (const a of e.aliases) if (a !== entity.name && !entity.aliases.includes(a)) entity.aliases.push(a);
      keyMap.set(`${ex.docId}\u0000${e.key}`, entity.id);
    }
  }
  return { entities: [...byName.values()], idOf: (docId, key) => keyMap.get(`${docId}\u0000${key}`) };
}
