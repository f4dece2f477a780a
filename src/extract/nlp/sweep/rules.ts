import type { Net, Rule } from './types.js';

/**
 * Which tagging rules to try on a chunk, in the order compromise tries them. compromise walks all
 * ~730 hook keys for every comma-separated chunk (`Object.keys(hooks).forEach`, then `concat`
 * and a de-duplication by match text); here each rule is filed once under a key it cannot do
 * without, and a chunk looks only under its own words and tags.
 */

/**
 * How often a hook key is in a comma-separated chunk of news (BBC sample, most frequent first).
 * A rule is filed under its rarest need. Any ranking gives the same rules; this one few misses.
 */
const COMMON_KEYS = [
  '#Noun', '#Singular', '#Verb', '#Preposition', '#PresentTense', '#Determiner', '#PastTense', '%Noun|Verb%', '#Adjective',
  '#ProperNoun', 'the', '#Conjunction', '#Plural', '#Infinitive', '#Value', '#Cardinal', 'to', 'in', '#Copula', 'of',
  '%Plural|Verb%', '#Gerund', '#Possessive', '#Date', 'a', '#Place', '#NumericValue', '#Adverb', '#Pronoun', 'and',
  '#Acronym', '#Actor', '#Organization', '#Modal', '#Duration', 'is', 'said', '%Adj|Past%', '#Person', 'that', 'for',
];
const commonness = new Map(COMMON_KEYS.map((key, i) => [key, COMMON_KEYS.length - i]));

/** A rule, with its hook keys as [key, position in `Object.keys(net.hooks)`, position in that key's list]. */
interface FiledRule {
  id: number;
  rule: Rule;
  keys: [string, number, number][];
}

export interface RuleIndex {
  /** Rules by a key that must be in the chunk for them to apply: their rarest need, or each want. */
  byKey: Map<string, FiledRule[]>;
  /** The chunk a rule was last looked at for, so that a rule filed under several wants is tried once. */
  seen: Int32Array;
  chunk: number;
}

const indexes = new WeakMap<Net, RuleIndex>();

/** The index of a net, built on first use (compromise builds its tagging net once). */
export function ruleIndex(net: Net): RuleIndex {
  let index = indexes.get(net);
  if (!index) {
    index = fileRules(net);
    indexes.set(net, index);
  }
  return index;
}

function fileRules(net: Net): RuleIndex {
  const filed = new Map<Rule, FiledRule>();
  const matches = new Set<string>();
  Object.keys(net.hooks).forEach((key, position) => {
    net.hooks[key]!.forEach((rule, at) => {
      let f = filed.get(rule);
      if (!f) {
        // compromise keeps the first of two rules with one match text, whichever keys are present;
        // its rules are all distinct, and this index relies on it.
        if (matches.has(rule.match)) throw new Error(`compromise sweep: two tagging rules share the match ${JSON.stringify(rule.match)}`);
        matches.add(rule.match);
        f = { id: filed.size, rule, keys: [] };
        filed.set(rule, f);
      }
      f.keys.push([key, position, at]);
    });
  });
  const byKey = new Map<string, FiledRule[]>();
  const file = (key: string, f: FiledRule) => {
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  };
  for (const f of filed.values()) {
    const { needs, wants } = f.rule;
    if (needs.length > 0) file(needs.reduce((a, b) => ((commonness.get(b) ?? 0) < (commonness.get(a) ?? 0) ? b : a)), f);
    else for (const want of new Set(wants)) file(want, f);
  }
  return { byKey, seen: new Int32Array(filed.size), chunk: 0 };
}

/** compromise's trim-down: enough words, every need present, no `ifNo` present, enough wants. */
function applies(rule: Rule, have: Set<string>, words: number): boolean {
  if (words < rule.minWords) return false;
  for (const need of rule.needs) if (!have.has(need)) return false;
  if (rule.ifNo) for (const no of rule.ifNo) if (have.has(no)) return false;
  if (rule.wants.length > 0) {
    let found = 0;
    for (const want of rule.wants) if (have.has(want)) found += 1;
    if (found < rule.minWant) return false;
  }
  return true;
}

/**
 * The rules that apply to a chunk of `words` terms whose words and tags are `have`, in
 * compromise's order: by the first of their hook keys present (in `Object.keys(net.hooks)`
 * order), then by their place in that key's list.
 */
export function rulesFor(index: RuleIndex, have: Set<string>, words: number): Rule[] {
  const chunk = (index.chunk += 1);
  const found: { rule: Rule; position: number; at: number }[] = [];
  for (const item of have) {
    const filed = index.byKey.get(item);
    if (!filed) continue;
    for (const f of filed) {
      if (index.seen[f.id] === chunk) continue;
      index.seen[f.id] = chunk;
      if (!applies(f.rule, have, words)) continue;
      const [, position, at] = f.keys.find(([key]) => have.has(key))!;
      found.push({ rule: f.rule, position, at });
    }
  }
  found.sort((a, b) => a.position - b.position || a.at - b.at);
  return found.map((x) => x.rule);
}
