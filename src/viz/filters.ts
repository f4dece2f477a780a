import { z } from 'zod';
import type { StanceValue } from '../snapshot/schema.js';
import type { VizCorpus, VizDocument, VizStatement } from './corpus.js';

/**
 * The page's filters, as query parameters (the same names the page keeps in its URL):
 * `types=Person,Place`, `kinds=direct,partial`, `docs=ID,ID`, `outlets=BBC,...`,
 * `from=2024-01-01`, `to=2024-12-31`, `min=2`, `isolated=hide`, `stances=support,oppose`.
 */

const csv = <T extends string>(item: z.ZodType<T, string>) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x.length > 0))
    .pipe(z.array(item).min(1, 'give at least one value'));

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

export const FilterParamsSchema = z.object({
  types: csv(z.enum(['Person', 'Organization', 'Place'])).optional(),
  kinds: csv(z.enum(['direct', 'partial', 'indirect'])).optional(),
  docs: csv(z.string().min(1)).optional(),
  outlets: csv(z.string().min(1)).optional(),
  from: day.optional(),
  to: day.optional(),
  min: z.coerce.number().int().min(1).max(100_000).optional(),
  isolated: z.enum(['show', 'hide']).optional(),
  /** Only statements taking one of these sides towards a target (unjudged targets count as neutral). */
  stances: csv(z.enum(['support', 'oppose', 'neutral'])).optional(),
  /** At most this many entities without links, the most quoted and mentioned first (0: all). */
  cap: z.coerce.number().int().min(0).max(10_000_000).optional(),
});
export type FilterParams = z.infer<typeof FilterParamsSchema>;

/** Decide, once per request, which documents and statements the filters keep. */
export class FilterScope {
  private readonly docCache = new Map<string, boolean>();
  readonly types: ReadonlySet<string> | null;
  readonly min: number;
  readonly hideIsolated: boolean;
  readonly isolatedCap: number;
  readonly stances: ReadonlySet<StanceValue> | null;

  constructor(
    private readonly corpus: VizCorpus,
    private readonly params: FilterParams,
  ) {
    this.types = params.types ? new Set(params.types) : null;
    this.min = params.min ?? 1;
    this.hideIsolated = params.isolated === 'hide';
    this.isolatedCap = params.cap ?? 0;
    this.stances = params.stances ? new Set(params.stances) : null;
  }

  /** Whether statements and mentions of this document count. */
  docAllowed(docId: string): boolean {
    let ok = this.docCache.get(docId);
    if (ok === undefined) {
      ok = this.checkDoc(this.corpus.documents.get(docId));
      this.docCache.set(docId, ok);
    }
    return ok;
  }

  statementAllowed(s: VizStatement): boolean {
    if (this.params.kinds && !this.params.kinds.includes(s.kind)) return false;
    if (this.stances && !(s.about.length === 0 ? this.stances.has('neutral') : s.about.some((t) => this.stances!.has(stanceTowards(s, t))))) return false;
    return this.docAllowed(s.docId);
  }

  /** Whether the statement's side towards `target` passes the stance filter. */
  targetAllowed(s: VizStatement, target: string): boolean {
    return this.stances === null || this.stances.has(stanceTowards(s, target));
  }

  typeAllowed(type: string): boolean {
    return this.types === null || this.types.has(type);
  }

  private checkDoc(doc: VizDocument | undefined): boolean {
    if (!doc) return false;
    const { docs, outlets, from, to } = this.params;
    if (docs && !docs.includes(doc.id)) return false;
    if (outlets && !(doc.source && outlets.includes(doc.source))) return false;
    if (from || to) {
      // Documents without a date are outside every date range.
      const date = doc.publishedAt?.slice(0, 10);
      if (!date) return false;
      if (from && date < from) return false;
      if (to && date > to) return false;
    }
    return true;
  }
}

/** The speaker's side towards one target of a statement: neutral where none was judged. */
export function stanceTowards(s: VizStatement, target: string): StanceValue {
  return s.stance.find((t) => t.entityId === target)?.stance ?? 'neutral';
}

/** A stable key of the filters (for caches): the parameters in a fixed order. */
export function filterKey(params: FilterParams): string {
  const { types, kinds, docs, outlets, from, to, min, isolated, stances } = params;
  return JSON.stringify([types, kinds, docs, outlets, from, to, min, isolated, stances]);
}
