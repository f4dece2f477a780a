import { FACILITY_WORDS } from './data/places.js';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from './data/titles.js';
import {
  NAME_CONNECTORS, ORG_FIRST_WORDS, ORG_LAST_WORDS, PLACE_LAST_WORDS, ROLE_NOUNS, SPEECH_VERBS,
} from './data/words.js';

/** The word lists as sets, built once. Keys are lower case without a final full stop. */
const set = (words: readonly string[]) => new Set(words.map((w) => w.replace(/\.$/u, '')));

export const honorifics = set(HONORIFICS);
export const titleHeads = set(TITLE_HEADS);
export const titleModifiers = set(TITLE_MODIFIERS);
export const orgLast = set(ORG_LAST_WORDS);
export const orgFirst = set(ORG_FIRST_WORDS);
export const placeLast = set(PLACE_LAST_WORDS);
export const facilityLast = set(FACILITY_WORDS);
export const connectors = set(NAME_CONNECTORS);
export const speechVerbs = set(SPEECH_VERBS);
export const roleNouns = set(ROLE_NOUNS);

/** Whether a lower-case word is a title word (honorific, head or modifier). */
export function isTitleWord(lower: string): boolean {
  const w = lower.replace(/\.$/u, '');
  return honorifics.has(w) || titleHeads.has(w) || titleModifiers.has(w);
}
