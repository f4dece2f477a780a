import type { DocEntity, DocStatement } from '../types.js';
import { countriesOfDemonyms } from './demonyms.js';

/** An entity a statement is about that the document never names as such ("the Zionist regime"). */
export interface AboutName {
  type: DocEntity['type'];
  name: string;
}

// Descriptions that stand for a named entity wherever they are used.
const STANDS_FOR: [RegExp, AboutName][] = [
  [/\b(?:the\s+)?(?:‘|')?(?:zionist|israeli|occupying|usurping|tel aviv)(?:’|')?\s+(?:occupation\s+)?(?:regime|entity)\b|\bzionists?\b/iu, { type: 'Place', name: 'Israel' }],
  [/\bthe\s+islamic\s+republic\b/iu, { type: 'Place', name: 'Iran' }],
  [/\bal-quds\b/iu, { type: 'Place', name: 'al-Quds' }],
  [/\bthe\s+great\s+satan\b/iu, { type: 'Place', name: 'United States' }],
];

const SECOND_PERSON = /\b(?:you|your|yours|yourselves)\b/iu;
// After a quote and its attribution: ", referring to …" up to the end of the sentence.
const REFERRING = /^[”"’']?[^.!?\n“”"]{0,160}?,\s+(?:apparently\s+|clearly\s+)?referring\s+to\s+/u;

/** What `about` needs of the document around one statement. */
export interface AboutContext {
  entities: readonly DocEntity[];
  /** Organisations each person speaks for (from appositions and roles). */
  affiliations(key: string): string[];
}

/**
 * The entities a statement is about: those named inside its words, those its descriptions stand
 * for ("the Zionist regime" → Israel), the country of a demonym before a noun ("the Russian
 * attack"), what a quote is said to refer to (", referring to …"), who is praised or blamed
 * ("thanked Canada"), and, when a quote speaks to "you", the addressee's side.
 * Returns keys of document entities, and names of entities the document has no entity for.
 */
export function aboutOf(text: string, st: DocStatement, ctx: AboutContext): { keys: string[]; names: AboutName[] } {
  const keys: string[] = [];
  const names: AboutName[] = [];
  const add = (k: string | null | undefined) => {
    if (k && k !== st.speaker?.key && !keys.includes(k)) keys.push(k);
  };
  for (const e of ctx.entities) {
    if (e.mentions.some((m) => m.start >= st.start && m.end <= st.end)) add(e.key);
  }
  const content = text.slice(st.start, st.end);
  const maybe = /zionis|israeli|occupying|usurping|tel aviv|islamic republic|al-quds|satan/iu.test(content);
  const addNamed = (target: AboutName) => {
    const known = ctx.entities.find((e) => e.name.toLowerCase() === target.name.toLowerCase() || e.aliases.some((a) => a.toLowerCase() === target.name.toLowerCase()));
    if (known) add(known.key);
    else if (!names.some((n) => n.name === target.name)) names.push(target);
  };
  for (const [re, target] of maybe ? STANDS_FOR : []) if (re.test(content)) addNamed(target);
  // "the Russian attack on Kyiv", "Israeli crimes": the country that acted
  for (const country of countriesOfDemonyms(content)) addNamed({ type: 'Place', name: country });
  // "“…,” the minister added, referring to the army of Russia": what the quote's words stand for
  const referring = REFERRING.exec(text.slice(st.end, st.end + 240));
  if (referring) {
    const from = st.end + referring.index + referring[0].length;
    const to = from + (/[.!?\n]/u.exec(text.slice(from))?.index ?? text.length - from);
    for (const e of ctx.entities) if (e.mentions.some((m) => m.start >= from && m.end <= to)) add(e.key);
  }
  // "thanked Canada for its support", "condemned Ottawa": who is praised or blamed is what it is about
  if ((st.cueClass === 'praise' || st.cueClass === 'accuse') && st.addressee?.key) add(st.addressee.key);
  if (st.kind === 'direct' && st.addressee?.key && SECOND_PERSON.test(content)) {
    const aff = ctx.affiliations(st.addressee.key);
    if (aff.length) aff.forEach(add);
    else add(st.addressee.key);
  }
  return { keys, names };
}
