import { ChunkStarts, matchRule } from './match.js';
import { ruleIndex, rulesFor } from './rules.js';
import type { Net, Term } from './types.js';

/**
 * A faster sweep for compromise's post-tagger: the step that runs its ~570 context rules over
 * each comma-separated chunk of a sentence, and more than half of all compromise's time. Same
 * rules, same order, same matches (./rules.ts picks the rules, ./match.ts matches them), so the
 * tags are identical to stock compromise's; tests/extract/nlp/sweep.test.ts checks that on
 * real news. It is a compromise plugin replacing `methods.one.bulkMatch`.
 */

interface Methods {
  one: { cacheDoc: (document: Term[][]) => Set<string>[] };
}

function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): unknown[] {
  const index = ruleIndex(net);
  const cache = methods.one.cacheDoc(document);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n += 1) {
    const words = document[n]!.length;
    const rules = rulesFor(index, cache[n]!, words);
    for (const rule of net.always) if (words >= rule.minWords) rules.push(rule);
    const starts = new ChunkStarts(document[n]!);
    for (const rule of rules) {
      const found = matchRule(rule, starts);
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
}

export default { methods: { one: { bulkMatch } } };
