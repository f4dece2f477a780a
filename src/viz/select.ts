import { z } from 'zod';
import type { VizCorpus, VizStatement } from './corpus.js';
import { FilterParamsSchema, FilterScope } from './filters.js';

/**
 * Which statements the panel asks for: those of one entity (`entity`), of one edge
 * (`speaker` + `target` + `rel`), or of one document (`doc`, filters ignored), a page at a time.
 */
export const SelectionSchema = FilterParamsSchema.extend({
  entity: z.string().min(1).optional(),
  speaker: z.string().min(1).optional(),
  target: z.string().min(1).optional(),
  rel: z.enum(['about', 'addressed']).optional(),
  doc: z.string().min(1).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
})
  .strict()
  .refine((q) => [q.entity !== undefined, q.speaker !== undefined || q.target !== undefined, q.doc !== undefined].filter(Boolean).length === 1, {
    message: 'give exactly one of entity, speaker+target+rel, doc',
  })
  .refine((q) => (q.speaker === undefined && q.target === undefined) || (q.speaker && q.target && q.rel), {
    message: 'an edge is speaker, target and rel together',
  });
export type Selection = z.infer<typeof SelectionSchema>;

/** The statements a selection asks for, in document order, then by position. */
export function selectStatements(corpus: VizCorpus, q: Selection): VizStatement[] {
  if (q.doc !== undefined) return corpus.statements.filter((s) => s.docId === q.doc).sort((a, b) => a.start - b.start);
  const scope = new FilterScope(corpus, q);
  let match: (s: VizStatement) => boolean;
  if (q.entity !== undefined) {
    const id = q.entity;
    match = (s) => s.speaker?.entityId === id || s.addressee?.entityId === id || s.about.includes(id);
  } else if (q.rel === 'addressed') {
    match = (s) => s.speaker?.entityId === q.speaker && s.addressee?.entityId === q.target;
  } else {
    match = (s) => s.speaker?.entityId === q.speaker && s.about.includes(q.target!);
  }
  return corpus.statements.filter((s) => match(s) && scope.statementAllowed(s));
}
