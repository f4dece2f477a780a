import type { DocEntity, DocStatement } from '../types.js';

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

/** What `about` needs of the document around one statement. */
export interface AboutContext {
  entities: readonly DocEntity[];
  /** Organisations each person speaks for (from appositions and roles). */
  affiliations(key: string): string[];
}

/**
 * The entities a statement is about: those named inside its words, those its descriptions stand
 * for ("the Zionist regime" → Israel), and, when a quote speaks to "you", the addressee's side.
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
  for (const [re, target] of maybe ? STANDS_FOR : []) {
    if (!re.test(content)) continue;
    const known = ctx.entities.find((e) => e.name.toLowerCase() === target.name.toLowerCase() || e.aliases.some((a) => a.toLowerCase() === target.name.toLowerCase()));
    if (known) add(known.key);
    else if (!names.some((n) => n.name === target.name)) names.push(target);
  }
  if (st.kind === 'direct' && st.addressee?.key && SECOND_PERSON.test(content)) {
    const aff = ctx.affiliations(st.addressee.key);
    if (aff.length) aff.forEach(add);
    else add(st.addressee.key);
  }
  return { keys, names };
}
