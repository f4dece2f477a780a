/**
 * Demonyms and the country each names, for the agent of an act ("the Russian attack", "Israeli
 * crimes"): a statement about the act is about the country.
 */
export const DEMONYM_COUNTRY: ReadonlyMap<string, string> = new Map([
  ['American', 'United States'], ['Afghan', 'Afghanistan'], ['Australian', 'Australia'], ['Brazilian', 'Brazil'],
  ['British', 'United Kingdom'], ['Canadian', 'Canada'], ['Chinese', 'China'], ['Cuban', 'Cuba'],
  ['Egyptian', 'Egypt'], ['French', 'France'], ['German', 'Germany'], ['Indian', 'India'],
  ['Iranian', 'Iran'], ['Iraqi', 'Iraq'], ['Israeli', 'Israel'], ['Italian', 'Italy'],
  ['Japanese', 'Japan'], ['Jordanian', 'Jordan'], ['Lebanese', 'Lebanon'], ['Libyan', 'Libya'],
  ['Mexican', 'Mexico'], ['Pakistani', 'Pakistan'], ['Palestinian', 'Palestine'], ['Polish', 'Poland'],
  ['Russian', 'Russia'], ['Saudi', 'Saudi Arabia'], ['Spanish', 'Spain'], ['Sudanese', 'Sudan'],
  ['Syrian', 'Syria'], ['Turkish', 'Turkey'], ['Ukrainian', 'Ukraine'], ['Venezuelan', 'Venezuela'],
  ['Yemeni', 'Yemen'], ['North Korean', 'North Korea'], ['South Korean', 'South Korea'],
]);

// A demonym before a lower-case noun: "the Russian attack", "Israeli crimes", "North Korean missiles".
const DEMONYM_BEFORE_NOUN = new RegExp(`\\b(${[...DEMONYM_COUNTRY.keys()].join('|')})\\s+(?=\\p{Ll})`, 'gu');

/** The countries named by demonyms before a lower-case noun in `text`, first seen first. */
export function countriesOfDemonyms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DEMONYM_BEFORE_NOUN)) {
    const country = DEMONYM_COUNTRY.get(m[1]!)!;
    if (!out.includes(country)) out.push(country);
  }
  return out;
}
