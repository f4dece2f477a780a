import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { MatchResult, Reg, Rule, Term } from './types.js';

/**
 * compromise's `match` of one rule on one chunk, without trying the rule at starts its first
 * token rules out. compromise tries every start: it copies the rest of the chunk and walks the
 * rule there, and nine tries in ten fail on the first token. Here the starts where the first
 * token matches are found once per chunk for all rules that open with that token, and the rule
 * is tried only there, by compromise's own steps, so it matches exactly where compromise's would.
 */

type Found = { pointer: number[]; groups: Record<string, number[]> };

/**
 * compromise's matching steps, from its source (its package exports only the whole library).
 * Version-bound on purpose: tests/extract/nlp/sweep.test.ts compares the tags of real news with
 * stock compromise's, and fails if an upgrade moves or changes these files.
 */
const source = new URL('../../src/', pathToFileURL(createRequire(import.meta.url).resolve('compromise')));
const step = async <T>(path: string): Promise<T> => ((await import(new URL(`1-one/match/methods/match/${path}`, source).href)) as { default: T }).default;
const tryHere = await step<(terms: Term[], regs: Reg[], start: number, length: number) => Found | null>('02-from-here.js');
const termMatches = await step<(term: Term, reg: Reg, index: number, length: number) => boolean>('term/doesMatch.js');
const notIf = await step<(results: Found[], not: unknown, docs: Term[][]) => Found[]>('03-notIf.js');
const getGroup = await step<(results: Found[], group: unknown) => MatchResult>('03-getGroup.js');

/** What matching a rule needs besides the rule, worked out once per rule. */
interface Plan {
  /** Terms a match needs at least. */
  minLength: number;
  /** The first token, when every match must start with a term it matches. */
  first?: Reg;
  /** Names what `first` tests, so that rules opening alike share their list of starts. */
  firstKey?: string;
}

const plans = new WeakMap<Rule, Plan>();

/** Fields of a token that do not change which single term it matches. */
const GROUPING = new Set(['group', 'groupStart', 'groupEnd', 'greedy']);
/** Fields whose values say all a simple token tests. */
const SIMPLE = new Set(['tag', 'word', 'switch', 'fastOr', 'operator', 'pos']);

function planOf(rule: Rule): Plan {
  let plan = plans.get(rule);
  if (plan) return plan;
  const regs = rule.regs;
  plan = { minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length };
  const first = regs[0];
  // An optional, negative, '.', anchored or multi-word first token can match where a term does not.
  if (first && !first.optional && !first.negative && !first.anything && !first.start && !first.end && first.choices === undefined) {
    plan.first = first;
    const fields = Object.keys(first).filter((k) => !GROUPING.has(k));
    if (fields.every((k) => SIMPLE.has(k))) {
      const or = first.fastOr ? [...first.fastOr].sort().join('|') : '';
      plan.firstKey = JSON.stringify([first.tag, first.word, first.switch, first.pos, first.operator ?? '', or]);
    }
  }
  plans.set(rule, plan);
  return plan;
}

/** The starts of one chunk where a first token matches, by `Plan.firstKey`, found once each. */
export class ChunkStarts {
  private readonly byKey = new Map<string, number[]>();

  constructor(readonly terms: Term[]) {}

  of(plan: Plan & { first: Reg }): number[] {
    const key = plan.firstKey;
    let starts = key === undefined ? undefined : this.byKey.get(key);
    if (!starts) {
      starts = [];
      for (let i = 0; i < this.terms.length; i += 1) if (termMatches(this.terms[i]!, plan.first, i, this.terms.length) === true) starts.push(i);
      if (key !== undefined) this.byKey.set(key, starts);
    }
    return starts;
  }
}

/** Where `rule` matches in the chunk `starts.terms`: what compromise's `match([terms], rule)` returns. */
export function matchRule(rule: Rule, starts: ChunkStarts): MatchResult {
  const { terms } = starts;
  const regs = rule.regs;
  if (regs.length === 0) return { ptrs: [] };
  const plan = planOf(rule);
  let results: Found[] = [];
  const tryAt = (i: number) => {
    const found = tryHere(terms.slice(i), regs, i, terms.length);
    if (found) results.push(found);
    return found;
  };
  if (regs[0]!.start === true) {
    tryAt(0);
  } else {
    const candidates = plan.first ? starts.of(plan as Plan & { first: Reg }) : terms.map((_, i) => i);
    let next = 0;
    for (const i of candidates) {
      if (i < next) continue;
      if (terms.length - i < plan.minLength) break;
      const found = tryAt(i);
      // After a match, go on after it, as compromise does.
      if (found) next = Math.max(i + 1, found.pointer[2]!);
    }
  }
  for (const found of results) {
    found.pointer[0] = 0;
    for (const g of Object.values(found.groups)) g[0] = 0;
  }
  if (regs[regs.length - 1]!.end === true) results = results.filter((found) => found.pointer[2] === terms.length);
  if (rule.notIf) results = notIf(results, rule.notIf, [terms]);
  const grouped = getGroup(results, rule.group);
  for (const ptr of grouped.ptrs) {
    ptr[3] = terms[ptr[1] as number]!.id;
    ptr[4] = terms[(ptr[2] as number) - 1]!.id;
  }
  return grouped;
}
