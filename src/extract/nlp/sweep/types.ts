/** compromise's compiled tagging rules and terms, as far as the sweep reads them. */

/** One token of a compiled rule. */
export interface Reg {
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  start?: boolean;
  end?: boolean;
  choices?: unknown;
  tag?: string;
  word?: string;
  switch?: string;
  fastOr?: Set<string>;
  pos?: string;
  operator?: string;
}

/** A compiled rule, as compromise's `buildNet` leaves it. */
export interface Rule {
  match: string;
  regs: Reg[];
  group?: unknown;
  notIf?: unknown;
  /** Hook keys (words, `#Tag`s, `%Switch%`es) that must all be in a chunk for the rule to apply. */
  needs: string[];
  /** Hook keys of which at least `minWant` must be in the chunk (repeats count). */
  wants: string[];
  minWant: number;
  minWords: number;
  /** Keys none of which may be in the chunk. */
  ifNo?: string[];
  unTag?: unknown;
}

/** The rules of a sweep: by hook key, and those with no key at all. */
export interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}

/** A word of compromise's document; the sweep passes terms on to compromise's own steps. */
export interface Term {
  id: string;
}

/** Where a rule matched: `[chunk, start, end, startId, endId]` pointers. */
export interface MatchResult {
  ptrs: unknown[][];
}

/** A stretch of a sentence between commas, colons or semicolons (compromise's `quickSplit`), as terms. */
export type Chunk = Term[];
