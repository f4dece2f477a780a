import type { Country } from 'world-countries';
import countryData from 'world-countries/countries.json' with { type: 'json' };
import { KNOWN_ORGANIZATIONS } from './data/organizations.js';
import { COUNTRY_ALIASES, DEMONYM_ALIASES, KNOWN_PLACES } from './data/places.js';

/** What a gazetteer knows about a name. */
export interface GazetteerEntry {
  type: 'Place' | 'Organization';
  /** Canonical name of the thing ("Iran" for "Islamic Republic of Iran"). */
  canonical: string;
  country: boolean;
}

const countries = countryData as unknown as Country[];
const byLower = new Map<string, GazetteerEntry>();
const byExact = new Map<string, GazetteerEntry>();
const demonyms = new Map<string, string>();
const countryNames = new Set<string>();

/** Short all-capitals names ("US", "WHO") are looked up case-sensitively; others by lower case. */
const isAcronym = (name: string): boolean => /^[\p{Lu}.&]{2,6}$/u.test(name);

/** The form a name is looked up by: apostrophes normalised, a leading "the" dropped. */
export function lookupKey(name: string): string {
  return name.replace(/’/g, "'").replace(/^the\s+/iu, '').replace(/\s+/g, ' ');
}

function add(name: string, entry: GazetteerEntry): void {
  const key = lookupKey(name);
  if (isAcronym(key)) {
    if (!byExact.has(key)) byExact.set(key, entry);
  } else if (!byLower.has(key.toLowerCase())) byLower.set(key.toLowerCase(), entry);
}

for (const [canonical, ...aliases] of KNOWN_ORGANIZATIONS) {
  const entry: GazetteerEntry = { type: 'Organization', canonical: canonical!, country: false };
  for (const n of [canonical!, ...aliases]) add(n, entry);
}
for (const c of countries) {
  const entry: GazetteerEntry = { type: 'Place', canonical: c.name.common, country: true };
  countryNames.add(c.name.common);
  add(c.name.common, entry);
  add(c.name.official, entry);
  // Two-letter codes ("IN", "IT", "NO") are words too often; only whole names are taken.
  for (const alt of c.altSpellings) if (alt.length > 3 && !alt.includes(',')) add(alt, entry);
  const dem = c.demonyms?.['eng'];
  for (const d of [dem?.m, dem?.f]) {
    if (!d) continue;
    demonyms.set(d.toLowerCase(), c.name.common);
    demonyms.set(`${d.toLowerCase()}s`, c.name.common);
  }
}
for (const [alias, canonical] of Object.entries(COUNTRY_ALIASES)) {
  countryNames.add(canonical);
  add(alias, { type: 'Place', canonical, country: true });
}
for (const [canonical, ...aliases] of KNOWN_PLACES) {
  const entry: GazetteerEntry = { type: 'Place', canonical: canonical!, country: false };
  for (const n of [canonical!, ...aliases]) add(n, entry);
}
for (const c of countries) {
  for (const cap of c.capital ?? []) add(cap, { type: 'Place', canonical: cap, country: false });
}
for (const [d, country] of Object.entries(DEMONYM_ALIASES)) {
  demonyms.set(d.toLowerCase(), country);
  if (!d.endsWith('s') && !d.endsWith('h')) demonyms.set(`${d.toLowerCase()}s`, country);
}

/** The gazetteer entry for a name as written, if any ("Islamic Republic of Iran" → Iran). */
export function lookupName(name: string): GazetteerEntry | undefined {
  const key = lookupKey(name);
  // A demonym is evidence for a place, never a mention of it ("Thai" is in Thailand's other names).
  if (demonyms.has(key.toLowerCase())) return undefined;
  return byExact.get(key) ?? (isAcronym(key) && key.length <= 3 ? undefined : byLower.get(key.toLowerCase()));
}

/** The country a demonym names ("Syrian" → "Syria", "Iranians" → "Iran"), if it is one. */
export function countryOfDemonym(word: string): string | undefined {
  return demonyms.get(word.toLowerCase().replace(/’/g, "'"));
}

/** Whether a canonical place name is a country (or a country-like territory). */
export function isCountry(canonical: string): boolean {
  return countryNames.has(canonical);
}

/** Every single-word and multi-word name the gazetteer knows, lower-cased, with its type. */
export function gazetteerWords(): Map<string, GazetteerEntry> {
  return new Map([...byLower, ...[...byExact].map(([k, v]) => [k.toLowerCase(), v] as const)]);
}
