import nlp from 'compromise';
import type { EntityType } from '../../snapshot/schema.js';
import type { DocEntity, DocRelation } from '../types.js';

/** What entity recognition gives for one document. */
export interface EntityResult {
  entities: DocEntity[];
  relations: DocRelation[];
}

interface OffsetJson {
  text: string;
  offset: { start: number; length: number };
}

/**
 * Find the people, organisations and places named in `text`.
 * (First version: compromise's own lists, exact offsets checked against the text.)
 */
export function findEntities(text: string): EntityResult {
  const doc = nlp(text);
  const byName = new Map<string, DocEntity>();
  const kinds: [EntityType, OffsetJson[]][] = [
    ['Person', doc.people().json({ offset: true }) as OffsetJson[]],
    ['Organization', doc.organizations().json({ offset: true }) as OffsetJson[]],
    ['Place', doc.places().json({ offset: true }) as OffsetJson[]],
  ];
  for (const [type, found] of kinds) {
    for (const m of found) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      let surface = text.slice(start, end);
      const trimmed = surface.replace(/[\s.,;:!?'’"“”)]+$/u, '').replace(/['’]s$/u, '');
      end = start + trimmed.length;
      surface = trimmed;
      if (!surface) continue;
      const key = `${type}:${surface.toLowerCase()}`;
      let entity = byName.get(key);
      if (!entity) {
        entity = { key, type, name: surface, mentions: [], aliases: [], roles: [] };
        byName.set(key, entity);
      }
      entity.mentions.push({ text: surface, start, end });
    }
  }
  return { entities: [...byName.values()], relations: [] };
}
