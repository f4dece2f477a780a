import type { EntityType, Stance } from '../../snapshot/schema.js';
import type { DocStance } from '../types.js';

const NAME_KEY = /^name:(Person|Organization|Place):(.+)$/u;

/** How the document-local keys of stances become corpus entity ids. */
export interface StanceIds {
  /** The entity id of a document entity's key, if it has one. */
  idOf(key: string): string | undefined;
  /** The entity id of a target named only by an `aboutNames` entry. */
  idOfName(type: EntityType, name: string): string | undefined;
}

/**
 * A statement's stances with entity ids instead of document keys: only targets in `about`, one per
 * entity (when two keys are one entity, the firmer stance stands), in the order of `about`.
 */
export function linkStances(stances: readonly DocStance[], ids: StanceIds, about: readonly string[]): Stance[] {
  const byId = new Map<string, Stance>();
  for (const s of stances) {
    const named = NAME_KEY.exec(s.key);
    const entityId = named ? ids.idOfName(named[1] as EntityType, named[2]!) : ids.idOf(s.key);
    if (!entityId || !about.includes(entityId)) continue;
    const known = byId.get(entityId);
    if (!known || Math.abs(s.score) > Math.abs(known.score)) byId.set(entityId, { entityId, stance: s.stance, score: s.score, evidence: s.evidence });
  }
  return about.flatMap((id) => byId.get(id) ?? []);
}
