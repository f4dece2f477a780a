import type { Entity, EntityType } from '../snapshot/schema.js';
import { lookupName } from './entities/gazetteer.js';
import { slug } from './slug.js';

/**
 * Find, or add, the corpus entity for a thing a statement is about but that its document names
 * only by a description ("the Zionist regime" → Israel). Matches the entity's name or aliases,
 * or its gazetteer entry; an entity added here has no mentions, since nothing names it.
 */
export function aboutNameResolver(entities: Entity[]): (type: EntityType, name: string) => string {
  const index = new Map<string, string>();
  const usedIds = new Set(entities.map((e) => e.id));
  const key = (type: EntityType, name: string) => `${type}|${(lookupName(name)?.canonical ?? name).toLowerCase()}`;
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases]) if (!index.has(key(e.type, n))) index.set(key(e.type, n), e.id);
  }
  return (type, name) => {
    const k = key(type, name);
    const known = index.get(k);
    if (known) return known;
    const canonical = lookupName(name)?.canonical ?? name;
    const base = `${type.toLowerCase()}:${slug(canonical)}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    entities.push({ id, type, name: canonical, aliases: [], mentions: [] });
    index.set(k, id);
    return id;
  };
}
