import { tokenize } from '../nlp/index.js';
import type { DocEntity, DocRelation } from '../types.js';
import { findChunks } from './chunks.js';
import { classifyChunk } from './classify.js';
import { analyseDocument } from './context.js';
import { groupCandidates, toEntities } from './merge.js';
import { resolveCandidates } from './resolve.js';
import { attachRoles } from './roles.js';

/** What entity recognition gives for one document. */
export interface EntityResult {
  entities: DocEntity[];
  relations: DocRelation[];
}

/**
 * Find the people, organisations and places named in `text`, one entity per real thing, with
 * exact mention offsets, roles, nationalities and role relations.
 * Steps: tokenize (compromise, once) → capitalised chunks → rules per chunk → one type per name
 * across the document → merge mentions into entities → roles from titles and appositions.
 */
export function findEntities(text: string): EntityResult {
  const tokens = tokenize(text);
  const ctx = analyseDocument(text, tokens);
  const candidates = resolveCandidates(ctx, findChunks(ctx).flatMap((c) => classifyChunk(ctx, c)));
  const groups = groupCandidates(ctx, candidates);
  const entities = toEntities(ctx, groups);
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const relations = attachRoles(ctx, groups, byKey);
  return { entities, relations };
}
