import type { Net, Rule } from './types.js';

/**
 * Which tagging rules to try on a chunk, in the order compromise tries them. compromise walks all
 * ~730 hook keys for every comma-separated chunk (`Object.keys(hooks).forEach`, then `concat`
 * and a de-duplication by match text); here each rule is filed once under a key it cannot do
 * without, and a chunk looks only under its own words and tags.
 */

/**
 * How often a hook key is in a chunk of news (BBC sample, most frequent first). A rule is filed
 * under its rarest need. Any ranking gives the same rules; this one makes a chunk look at few
 * rules that do not apply.
 */
const COMMON_KEYS = [
  '#Noun', '#Singular', '#Verb', '#Preposition', '#PresentTense', '#Determiner', '#PastTense', '%Noun|Verb%', '#Adjective',
  '#ProperNoun', 'the', '#Conjunction', '#Plural', '#Infinitive', '#Value', '#Cardinal', 'to', 'in', '#Copula', 'of',
  '%Plural|Verb%', '#Gerund', '#Possessive', '#Date', 'a', '#Place', '#NumericValue', '#Adverb', '#Pronoun', 'and',
  '#Acronym', '#Actor', '#Organization', '#Modal', '#Duration', 'is', 'said', '%Adj|Past%', '#Person', 'that', 'for',
];
const commonness = new Map(COMMON_KEYS.map((key, i) => [key, COMMON_KEYS.length - i]));

/** A rule, with the keys it reads as numbers (see `RuleIndex.ids`). */
interface FiledRule {
  id: number;
  rule: Rule;
  needs: number[];
  ifNo: number[];
  /** Its wants, repeats kept: compromise counts them so. */
  wants: number[];
  /** Its hook keys as [key, position in `Object.keys(net.hooks)`, position in that key's list], by position. */
  keys: [number, number, number][];
}

/** The rules of a net, filed for `rulesFor`, with its working state. */
export interface RuleIndex {
  /** A number for every word, tag and switch a rule reads. */
  ids: Map<string, number>;
  /** Rules by a key that must be in the chunk for them to apply: their rarest need, or each want. */
  byKey: FiledRule[][];
  /** The keys present in the chunk at hand, one bit each. */
  present: Uint32Array;
  /** The chunk a rule was last looked at for, so that a rule filed under several wants is tried once. */
  seen: Int32Array;
  /** The number of the chunk at hand. */
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
  const ids = new Map<string, number>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const filed = new Map<Rule, FiledRule>();
  Object.keys(net.hooks).forEach((key, position) => {
    net.hooks[key]!.forEach((rule, at) => {
      let f = filed.get(rule);
      if (!f) {
        const ifNo = (rule.ifNo ?? []).map(idOf);
        f = { id: filed.size, rule, needs: rule.needs.map(idOf), ifNo, wants: rule.wants.map(idOf), keys: [] };
        filed.set(rule, f);
      }
      f.keys.push([idOf(key), position, at]);
    });
  });
  const byKey: FiledRule[][] = Array.from({ length: ids.size }, () => []);
  const rarer = (a: string, b: string) => ((commonness.get(b) ?? 0) < (commonness.get(a) ?? 0) ? b : a);
  for (const f of filed.values()) {
    const { needs, wants } = f.rule;
    // Every need must be present, so one is enough to find the rule by; without needs, any want.
    if (needs.length > 0) byKey[ids.get(needs.reduce(rarer))!]!.push(f);
    else for (const want of new Set(wants)) byKey[ids.get(want)!]!.push(f);
  }
  return { ids, byKey, present: new Uint32Array(Math.ceil(ids.size / 32)), seen: new Int32Array(filed.size), chunk: 0 };
}

const has = (bits: Uint32Array, id: number) => (bits[id >>> 5]! & (1 << (id & 31))) !== 0;

/** compromise's trim-down: enough words, every need present, no `ifNo` present, enough wants. */
function applies(f: FiledRule, bits: Uint32Array, words: number): boolean {
  if (words < f.rule.minWords) return false;
  for (const need of f.needs) if (!has(bits, need)) return false;
  for (const no of f.ifNo) if (has(bits, no)) return false;
  if (f.wants.length > 0) {
    let found = 0;
    for (const want of f.wants) if (has(bits, want)) found += 1;
    if (found < f.rule.minWant) return false;
  }
  return true;
}

/**
 * The rules that apply to a chunk of `words` terms whose words and tags are `have`, in
 * compromise's order: by the first of their hook keys present (in `Object.keys(net.hooks)`
 * order), then by their place in that key's list.
 */
export function rulesFor(index: RuleIndex, have: Set<string>, words: number): Rule[] {
  if (index.chunk === 0x7fffffff) {
    index.seen.fill(0);
    index.chunk = 0;
  }
  const chunk = (index.chunk += 1);
  const bits = index.present.fill(0);
  const here: number[] = [];
  for (const item of have) {
    const id = index.ids.get(item);
    if (id === undefined) continue;
    bits[id >>> 5]! |= 1 << (id & 31);
    here.push(id);
  }
  const found: { rule: Rule; position: number; at: number }[] = [];
  for (const id of here) {
    for (const f of index.byKey[id]!) {
      if (index.seen[f.id] === chunk) continue;
      index.seen[f.id] = chunk;
      if (!applies(f, bits, words)) continue;
      const [, position, at] = f.keys.find(([key]) => has(bits, key))!;
      found.push({ rule: f.rule, position, at });
    }
  }
  found.sort((a, b) => a.position - b.position || a.at - b.at);
  return found.map((x) => x.rule);
}
