import type { Found, Steps } from './steps.js';
import type { Chunk, MatchResult, Reg, Rule } from './types.js';

/**
 * compromise's `match` of one rule on one chunk (its `runMatch`), without trying the rule at
 * starts its first token rules out. compromise tries every start: it copies the rest of the
 * chunk and walks the rule from there, and nine tries in ten fail on the first token. Here the
 * starts where a first token matches are found once per chunk for all the rules that open with
 * it, and the rule is tried only there, by compromise's own steps.
 */

/** What matching a rule needs besides the rule, worked out once per rule. */
interface Plan {
  /** Terms a match needs at least. */
  minLength: number;
  /** The first token, when every match must start with a term it matches. */
  first?: Reg;
  /** What `first` tests, so that rules opening alike share their list of starts. */
  firstKey?: string;
}

/** By the rule's tokens: compiling a rule again gives new tokens, and a new plan. */
const plans = new WeakMap<Reg[], Plan>();

/** Fields of a token that do not change which single term it matches. */
const GROUPING = new Set(['group', 'groupStart', 'groupEnd', 'greedy']);
/** Fields whose values say all a simple token tests. */
const SIMPLE = new Set(['tag', 'word', 'switch', 'fastOr', 'operator', 'pos']);

function planOf(regs: Reg[]): Plan {
  let plan = plans.get(regs);
  if (plan) return plan;
  plan = { minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length };
  const first = regs[0];
  // An optional, negative, '.', anchored or several-word first token can match where a term does not.
  if (first && !first.optional && !first.negative && !first.anything && !first.start && !first.end && first.choices === undefined) {
    plan.first = first;
    if (Object.keys(first).every((k) => GROUPING.has(k) || SIMPLE.has(k))) {
      const or = first.fastOr ? [...first.fastOr].sort().join('|') : '';
      plan.firstKey = JSON.stringify([first.tag, first.word, first.switch, first.pos, first.operator, or]);
    }
  }
  plans.set(regs, plan);
  return plan;
}

/** The starts of one chunk where a first token matches, found once for each `Plan.firstKey`. */
export class ChunkStarts {
  private readonly byKey = new Map<string, number[]>();

  constructor(
    private readonly steps: Steps,
    readonly terms: Chunk,
  ) {}

  of(first: Reg, key: string | undefined): number[] {
    let starts = key === undefined ? undefined : this.byKey.get(key);
    if (!starts) {
      const { terms } = this;
      starts = [];
      for (let i = 0; i < terms.length; i += 1) if (this.steps.termMatches(terms[i]!, first, i, terms.length) === true) starts.push(i);
      if (key !== undefined) this.byKey.set(key, starts);
    }
    return starts;
  }
}

/** Where `rule` matches in the chunk of `starts`: what compromise's `match([chunk], rule)` returns. */
export function matchRule(steps: Steps, rule: Rule, starts: ChunkStarts): MatchResult {
  const { terms } = starts;
  const regs = rule.regs;
  if (regs.length === 0) return { ptrs: [] };
  const plan = planOf(regs);
  let results: Found[] = [];
  const tryAt = (i: number) => {
    const found = steps.tryHere(terms.slice(i), regs, i, terms.length);
    if (found) results.push(found);
    return found;
  };
  if (regs[0]!.start === true) {
    tryAt(0);
  } else {
    const candidates = plan.first ? starts.of(plan.first, plan.firstKey) : terms.map((_, i) => i);
    let next = 0;
    for (const i of candidates) {
      if (i < next) continue;
      if (terms.length - i < plan.minLength) break;
      const found = tryAt(i);
      // Go on after a match, as compromise does.
      if (found) next = Math.max(i + 1, found.pointer[2]!);
    }
  }
  for (const found of results) {
    found.pointer[0] = 0;
    for (const g of Object.values(found.groups)) g[0] = 0;
  }
  if (regs[regs.length - 1]!.end === true) results = results.filter((found) => found.pointer[2] === terms.length);
  if (rule.notIf) results = steps.notIf(results, rule.notIf, [terms]);
  const grouped = steps.getGroup(results, rule.group);
  for (const ptr of grouped.ptrs) {
    ptr[3] = terms[ptr[1] as number]!.id;
    ptr[4] = terms[(ptr[2] as number) - 1]!.id;
  }
  return grouped;
}
