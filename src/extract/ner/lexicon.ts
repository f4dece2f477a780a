import { countryOfDemonym, lookupName } from '../entities/gazetteer.js';
import { lexiconEntries } from '../nlp/lexicon.js';
import { connectors, honorifics, orgFirst, orgLast, placeLast, roleNouns, speechVerbs, titleHeads, titleModifiers } from '../entities/lexicon.js';

/**
 * Word classes the recognizer may look up for a word: compromise's lexicon (read as a table; its
 * tagger never runs) and claimgraph's own word lists and gazetteer. Lookups are by lower case.
 */

/** compromise tags worth telling the model about (its lexicon holds 24,000 words). */
const COMPROMISE_TAGS = new Set([
  'MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Honorific', 'Place', 'City', 'Country', 'Region',
  'Organization', 'SportsTeam', 'Demonym', 'Month', 'WeekDay', 'Date', 'Holiday', 'Determiner', 'Preposition',
  'Conjunction', 'Pronoun', 'Copula', 'Modal', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle',
  'Adjective', 'Comparative', 'Superlative', 'Adverb', 'Plural', 'Singular', 'Uncountable', 'Currency', 'Unit',
  'Cardinal', 'Ordinal', 'TextValue', 'ProperNoun', 'Actor', 'Expression', 'QuestionWord', 'Abbreviation',
]);

const classes = new Map<string, string[]>();
const add = (word: string, cls: string) => {
  const list = classes.get(word);
  if (!list) classes.set(word, [cls]);
  else if (!list.includes(cls)) list.push(cls);
};

const lexicon = lexiconEntries();
for (const [word, tags] of lexicon) {
  if (word.includes(' ')) continue;
  for (const tag of tags) if (COMPROMISE_TAGS.has(tag)) add(word, `c:${tag}`);
}
const lists: [string, Set<string>][] = [
  ['honorific', honorifics], ['titleHead', titleHeads], ['titleModifier', titleModifiers], ['orgLast', orgLast],
  ['orgFirst', orgFirst], ['placeLast', placeLast], ['connector', connectors], ['speechVerb', speechVerbs], ['roleNoun', roleNouns],
];
for (const [name, words] of lists) for (const w of words) add(w, name);

/** The classes of a lower-case word ("c:MaleName", "orgLast", "demonym" …); empty when none. */
export function wordClassesOf(lower: string): readonly string[] {
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  const list = classes.get(lower) ?? classes.get(bare) ?? NONE;
  return countryOfDemonym(lower) && !list.includes('demonym') ? [...list, 'demonym'] : list;
}

const NONE: readonly string[] = [];

/** compromise's own names, lower case → "country" | "place" | "org" (its multi-word ones included). */
const compromiseNames = (() => {
  const names = new Map<string, string>();
  for (const [word, list] of lexicon) {
    if (list.includes('Country')) names.set(word, 'country');
    else if (list.some((t) => t === 'City' || t === 'Region' || t === 'Place')) names.set(word, 'place');
    else if (list.some((t) => t === 'Organization' || t === 'SportsTeam')) names.set(word, 'org');
  }
  return names;
})();

/**
 * What a name as written is in a gazetteer: "country", "place" or "org" — claimgraph's gazetteer
 * first (countries, their official names and capitals, regions, organisations), then compromise's
 * lexicon. Short acronyms must match in capitals ("US", not "us").
 */
export function gazetteerType(surface: string): string | undefined {
  const entry = lookupName(surface);
  if (entry) return entry.country ? 'country' : entry.type === 'Place' ? 'place' : 'org';
  if (surface.length <= 3 && surface !== surface.toUpperCase()) return undefined;
  return compromiseNames.get(surface.toLowerCase());
}

/** The most words a gazetteer name is looked up with. */
export const GAZETTEER_MAX_WORDS = 5;
