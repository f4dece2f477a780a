import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { MatchResult, Reg, Term } from './types.js';

/**
 * compromise's matching steps, loaded from its source: its package exports only the whole
 * library, and the sweep must match exactly where compromise's `match` does. Bound to the
 * version they were read from; under any other the sweep is not used (see ./index.ts), and
 * tests/extract/nlp/sweep/bulk-match.test.ts fails so that someone looks again.
 */

/** The compromise release whose `runMatch` ./match.ts follows. */
export const STEPS_VERSION = '14.17.0';

/** A partial match: its pointer and named groups, relative to the chunk. */
export interface Found {
  pointer: number[];
  groups: Record<string, number[]>;
}

export interface Steps {
  /** Try `regs` on `terms` from its first term (`start` is its place in the chunk of `length` terms). */
  tryHere(terms: Term[], regs: Reg[], start: number, length: number): Found | null;
  /** Whether one term matches one token, at `index` of a chunk of `length` terms. */
  termMatches(term: Term, reg: Reg, index: number, length: number): boolean;
  /** Drop the results that hold a match of `not`. */
  notIf(results: Found[], not: unknown, docs: Term[][]): Found[];
  /** The pointers of the results, or of their group `group`. */
  getGroup(results: Found[], group: unknown): MatchResult;
}

/** The steps, or why they cannot be used. */
export async function loadSteps(version: string): Promise<Steps | string> {
  if (version !== STEPS_VERSION) return `compromise ${version}, not ${STEPS_VERSION}`;
  try {
    // The CommonJS entry is builds/three/compromise-three.cjs; the ES sources are in src/.
    const source = new URL('../../src/1-one/match/methods/match/', pathToFileURL(createRequire(import.meta.url).resolve('compromise')));
    const load = async <T>(file: string) => ((await import(new URL(file, source).href)) as { default: T }).default;
    return {
      tryHere: await load<Steps['tryHere']>('02-from-here.js'),
      termMatches: await load<Steps['termMatches']>('term/doesMatch.js'),
      notIf: await load<Steps['notIf']>('03-notIf.js'),
      getGroup: await load<Steps['getGroup']>('03-getGroup.js'),
    };
  } catch (err) {
    return `compromise's matching steps could not be loaded: ${(err as Error).message}`;
  }
}
