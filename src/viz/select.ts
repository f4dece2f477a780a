import { z } from 'zod';
import type { VizCorpus, VizStatement } from './corpus.js';
import { FilterParamsSchema, FilterScope } from './filters.js';
import type { SearchHits } from './search.js';

export const SORTS = ['date', '-date', 'speaker', 'addressee', 'cue', 'kind', 'outlet', 'document'] as const;
export type SortKey = (typeof SORTS)[number];

/**
 * Which statements are asked for (the table, the panel, the profile): all those in the filters,
 * or those of one entity (`entity`, with `role` said / to / about), of one edge (`speaker` +
 * `target` + `rel`), or of one document (`doc`, filters ignored); optionally those matching a
 * search (`q`); sorted; a page at a time.
 */
export const SelectionSchema = FilterParamsSchema.extend({
  entity: z.string().min(1).optional(),
  role: z.enum(['said', 'to', 'about', 'any']).optional(),
  speaker: z.string().min(1).optional(),
  target: z.string().min(1).optional(),
  rel: z.enum(['about', 'addressed']).optional(),
  doc: z.string().min(1).optional(),
  q: z.string().trim().max(200, 'a search is at most 200 characters').optional(),
  sort: z.enum(SORTS).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
})
  .strict()
  .refine((q) => [q.entity !== undefined, q.speaker !== undefined || q.target !== undefined, q.doc !== undefined].filter(Boolean).length <= 1, {
    message: 'give at most one of entity, speaker+target+rel, doc',
  })
  .refine((q) => (q.speaker === undefined && q.target === undefined) || (q.speaker && q.target && q.rel), {
    message: 'an edge is speaker, target and rel together',
  })
  .refine((q) => q.role === undefined || q.entity !== undefined, { message: 'role goes with entity' });
export type Selection = z.infer<typeof SelectionSchema>;

/** Whether `s` is one of the entity's statements in this role. */
function inRole(s: VizStatement, id: string, role: Selection['role']): boolean {
  const said = s.speaker?.entityId === id;
  const to = s.addressee?.entityId === id;
  const about = s.about.includes(id);
  if (role === 'said') return said;
  if (role === 'to') return to && !said;
  if (role === 'about') return about && !said && !to;
  return said || to || about;
}

/** The matcher of a selection (its filters aside). */
function matcher(q: Selection): (s: VizStatement) => boolean {
  if (q.entity !== undefined) {
    const id = q.entity;
    return (s) => inRole(s, id, q.role);
  }
  if (q.rel === 'addressed') return (s) => s.speaker?.entityId === q.speaker && s.addressee?.entityId === q.target;
  if (q.rel === 'about') return (s) => s.speaker?.entityId === q.speaker && s.about.includes(q.target!);
  return () => true;
}

function comparator(corpus: VizCorpus, sort: SortKey): (a: VizStatement, b: VizStatement) => number {
  const date = (s: VizStatement) => corpus.documents.get(s.docId)?.publishedAt ?? '';
  const name = (id: string | null | undefined, text: string | undefined) => (id ? corpus.entities.get(id)?.name : undefined) ?? text ?? '';
  const key: Record<SortKey, (s: VizStatement) => string> = {
    date,
    '-date': date,
    speaker: (s) => name(s.speaker?.entityId, s.speaker?.text),
    addressee: (s) => name(s.addressee?.entityId, s.addressee?.text),
    cue: (s) => s.cue?.text.toLowerCase() ?? '',
    kind: (s) => s.kind,
    outlet: (s) => corpus.documents.get(s.docId)?.source ?? '',
    document: (s) => s.docId,
  };
  const k = key[sort];
  const sign = sort === '-date' ? -1 : 1;
  // Empty values last whichever the direction; ties in document and text order.
  return (a, b) => {
    const x = k(a), y = k(b);
    if (x !== y) return x === '' ? 1 : y === '' ? -1 : sign * x.localeCompare(y);
    return a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.start - b.start;
  };
}

/**
 * The statements a selection asks for. With `hits` (a search), only those, the ones whose quoted
 * words match first unless another order is asked for; otherwise by date (documents without one
 * last), then document and position.
 */
export function selectStatements(corpus: VizCorpus, q: Selection, hits?: SearchHits): VizStatement[] {
  if (q.doc !== undefined) return corpus.statements.filter((s) => s.docId === q.doc).sort((a, b) => a.start - b.start);
  const scope = new FilterScope(corpus, q);
  const match = matcher(q);
  const picked: { s: VizStatement; rank: number }[] = [];
  const consider = (s: VizStatement, rank: number) => {
    if (match(s) && scope.statementAllowed(s) && (q.rel !== 'about' || scope.targetAllowed(s, q.target!))) picked.push({ s, rank });
  };
  if (hits) for (const [i, rank] of hits) consider(corpus.statements[i]!, rank);
  else for (const s of corpus.statements) consider(s, 0);
  const order = comparator(corpus, q.sort ?? 'date');
  const byRank = hits && q.sort === undefined;
  picked.sort((a, b) => (byRank && a.rank !== b.rank ? a.rank - b.rank : order(a.s, b.s)));
  return picked.map((p) => p.s);
}
