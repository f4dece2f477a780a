import { ChunkStarts, matchRule } from './match.js';
import { ruleIndex, rulesFor } from './rules.js';
import { loadSteps, type Steps } from './steps.js';
import type { Chunk, Net } from './types.js';

/**
 * A faster sweep for compromise's post-tagger, the step that runs its ~570 context rules over
 * every chunk of a sentence and took more than half of all compromise's time. Same rules, same
 * order, same matches (./rules.ts picks the rules, ./match.ts matches them), so the tags are
 * stock compromise's; tests/extract/nlp/sweep/bulk-match.test.ts compares the two on every
 * chunk it parses. A compromise plugin replacing `methods.one.bulkMatch`.
 */

interface Methods {
  one: { cacheDoc: (document: Chunk[]) => Set<string>[] };
}

/** compromise's `bulkMatch`: every match of the rules of `net` in `document`, as tagging orders. */
export function bulkMatchWith(steps: Steps) {
  return function bulkMatch(document: Chunk[], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): unknown[] {
    const index = ruleIndex(net);
    const cache = methods.one.cacheDoc(document);
    const results: unknown[] = [];
    for (let n = 0; n < document.length; n += 1) {
      const words = document[n]!.length;
      const rules = rulesFor(index, cache[n]!, words);
      for (const rule of net.always) if (words >= rule.minWords) rules.push(rule);
      const starts = new ChunkStarts(steps, document[n]!);
      for (const rule of rules) {
        const found = matchRule(steps, rule, starts);
        for (const ptr of found.ptrs) {
          ptr[0] = n;
          const todo: Record<string, unknown> = { ...rule, pointer: ptr };
          if (rule.unTag !== undefined) todo.unTag = rule.unTag;
          results.push(todo);
        }
        if (found.ptrs.length > 0 && opts.matchOne === true) return [results[0]];
      }
    }
    return results;
  };
}

/** The plugin for this compromise `version`, or why it cannot be used with it. */
export async function sweepPlugin(version: string): Promise<{ methods: { one: { bulkMatch: unknown } } } | string> {
  const steps = await loadSteps(version);
  return typeof steps === 'string' ? steps : { methods: { one: { bulkMatch: bulkMatchWith(steps) } } };
}
