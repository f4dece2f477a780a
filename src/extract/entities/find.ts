import { readDocument, type NerDoc } from '../ner/document.js';
import type { Resources } from '../ner/features/table.js';
import type { NerModel } from '../ner/model.js';
import { wordsOf } from '../nlp/index.js';
import type { DocEntity, DocRelation } from '../types.js';
import type { Candidate } from './candidates.js';
import { findChunks } from './chunks.js';
import { classifyChunk } from './classify.js';
import { analyseDocument, type DocContext } from './context.js';
import { groupCandidates, toEntities } from './merge.js';
import { modelCandidates } from './recognizer.js';
import { resolveCandidates } from './resolve.js';
import { attachRoles } from './roles.js';

/** What entity recognition gives for one document. */
export interface EntityResult {
  entities: DocEntity[];
  relations: DocRelation[];
}

/**
 * The rules' reading of a document: its words and their context, and the candidates the rules
 * find (capitalised chunks → rules per chunk → one type per name across the document).
 * `resources` are the recognizer's tables learned from news (how often a word is written in
 * lower case), which the rules read when there is a recognizer.
 */
export function applyRules(doc: NerDoc, resources: Resources = {}): { ctx: DocContext; candidates: Candidate[] } {
  const ctx = analyseDocument(doc.text, wordsOf(doc), resources.caseShare);
  return { ctx, candidates: resolveCandidates(ctx, findChunks(ctx).flatMap((c) => classifyChunk(ctx, c))) };
}

/**
 * Find the people, organisations and places named in `text`, one entity per real thing, with
 * exact mention offsets, roles, nationalities and role relations.
 * Steps: tokenize → the rules' candidates → the trained recognizer's names (when a model is
 * given; the rules' findings are its features) → merge mentions into entities → roles from
 * titles and appositions. Without a model the rules' candidates are the names.
 */
export function findEntities(text: string, recognizer?: NerModel): EntityResult {
  const doc = readDocument(text);
  const { ctx, candidates: ruled } = applyRules(doc, recognizer?.resources);
  const candidates = recognizer ? modelCandidates(ctx, doc, recognizer, ruled) : ruled;
  const groups = groupCandidates(ctx, candidates);
  const entities = toEntities(ctx, groups);
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const relations = attachRoles(ctx, groups, byKey);
  return { entities, relations };
}
