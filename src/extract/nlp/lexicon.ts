import { parse } from './setup.js';

/**
 * compromise's lexicon read as a table — about 24,000 words with their tags, claimgraph's
 * plugin words included — without running its tagger. A word's tags are those of its lower-case
 * form and every parent tag ("MaleName" → FirstName, Person, ProperNoun, Noun); a word the
 * lexicon lacks gets what its form says (a number, a date, an -ing or -ed word).
 */

interface TagInfo {
  parents?: string[];
}

const model = (parse.world() as { model: unknown }).model as {
  one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, TagInfo> };
  two: { placeWords: Record<string, unknown>; orgWords: Record<string, unknown> };
};
const lexicon = new Map(Object.entries(model.one.lexicon).map(([w, t]) => [w, Array.isArray(t) ? t : [t]]));
const tagSet = model.one.tagSet;

/** Words that end place names ("city", "river") and organisation names ("bank", "corp"), as compromise lists them. */
export const placeWords: ReadonlySet<string> = new Set(Object.keys(model.two.placeWords));
export const orgWords: ReadonlySet<string> = new Set(Object.keys(model.two.orgWords));

/** The raw lexicon entry of a lower-case word or phrase ("new york" → ["City"]). */
export function lexiconEntry(lower: string): readonly string[] | undefined {
  return lexicon.get(lower);
}

/** Every word and phrase of the lexicon with its tags (for building tables once). */
export function lexiconEntries(): [string, readonly string[]][] {
  return [...lexicon];
}

const withParents = (tags: readonly string[]): Set<string> => {
  const out = new Set<string>();
  for (const t of tags) {
    out.add(t);
    for (const p of tagSet[t]?.parents ?? []) out.add(p);
  }
  return out;
};

const NO_TAGS: ReadonlySet<string> = new Set();
const PARTICLE = /^(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|abu)-/u;
const cache = new Map<string, ReadonlySet<string>>();

/** What a word's form says when the lexicon does not know it. */
function guess(word: string, lower: string): readonly string[] {
  if (/^\d{4}-\d\d-\d\d$/u.test(word)) return ['Date'];
  if (/^[+-]?\d/u.test(word)) return ['Cardinal', 'Value'];
  if (word !== lower) return [];
  if (/[^aeiou]ing$/u.test(lower) && lower.length > 5) return ['Gerund'];
  if (/[^e]ed$/u.test(lower) && lower.length > 4) return ['PastTense'];
  if (/ly$/u.test(lower) && lower.length > 4) return ['Adverb'];
  if (/[^su]s$/u.test(lower) && lower.length > 3) return ['Plural'];
  return [];
}

/** The tags of a word as written (looked up in lower case, without a final full stop). */
export function tagsOf(word: string): ReadonlySet<string> {
  let tags = cache.get(word);
  if (tags) return tags;
  const lower = word.toLowerCase().replace(/’/gu, "'");
  const entry = lexiconEntry(lower) ?? (lower.endsWith('.') ? lexiconEntry(lower.slice(0, -1)) : undefined);
  // A hyphenated word the lexicon lacks has the tags of its parts ("Chester-le-Street"), but a
  // name particle says nothing ("al-Assad" is what "Assad" is).
  const parts = lower.replace(PARTICLE, '');
  const found = entry ?? (parts.includes('-') ? parts.split('-').flatMap((p) => (p ? lexiconEntry(p) ?? [] : [])) : parts !== lower ? lexiconEntry(parts) ?? [] : guess(word, lower));
  tags = found.length ? withParents(found) : NO_TAGS;
  if (cache.size > 200_000) cache.clear();
  cache.set(word, tags);
  return tags;
}

/** The tags of a tag with its parents ("City" → City, Place, ProperNoun, Noun, Singular). */
export const tagWithParents = (tag: string): ReadonlySet<string> => withParents([tag]);

/** Tags that the lexicon's phrases lend to each of their words ("Kansas City" → City). */
const PHRASE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Organization', 'SportsTeam', 'Person', 'FirstName', 'LastName']);
const phraseWords = new Set<string>();
for (const key of lexicon.keys()) if (key.includes(' ')) phraseWords.add(key.slice(0, key.indexOf(' ')));

/**
 * The names of the lexicon's phrases among `words` (lower case) that start at a capitalised
 * word: for each phrase of two to four words found, its first word's index, its length and its
 * name tags with their parents.
 */
export function phrasesIn(words: readonly string[], capitalised: (i: number) => boolean): { at: number; length: number; tags: ReadonlySet<string> }[] {
  const found: { at: number; length: number; tags: ReadonlySet<string> }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!capitalised(i) || !phraseWords.has(words[i]!)) continue;
    for (let n = Math.min(4, words.length - i); n >= 2; n--) {
      const entry = lexiconEntry(words.slice(i, i + n).join(' '));
      const tags = entry?.filter((t) => PHRASE_TAGS.has(t));
      if (!tags?.length) continue;
      found.push({ at: i, length: n, tags: withParents(tags) });
      i += n - 1;
      break;
    }
  }
  return found;
}
