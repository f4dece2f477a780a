import type { EntityType } from '../../snapshot/schema.js';
import { fullestName, initials, isSubsequence, nameWords, orgKey } from '../names.js';
import { genderOfGivenName, genderOfTitle, personNameRange, royalStyleBefore, type Gender } from '../person-names.js';
import { slug } from '../slug.js';
import type { DocEntity } from '../types.js';
import type { Candidate, TokenRange } from './candidates.js';
import { surfaceOf } from './classify.js';
import type { DocContext } from './context.js';
import { lookupName } from './gazetteer.js';
import { isTitleWord } from './lexicon.js';

/** A document entity being built, with the candidates that name it. */
export interface Group {
  type: EntityType;
  canonical?: string;
  words: string[];
  surfaces: string[];
  cands: Candidate[];
  /** The entity key, once toEntities has run. */
  key?: string;
  /** A person named by a royal style and a given name ("Prince Charles"): no surname to join by. */
  styled?: boolean;
  /** A person's sex, where a form of address or a given name tells it. */
  gender?: Gender;
}

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,5}$/u;

/** Where a candidate's mention lies: a person's name with a royal style kept before a lone given name. */
function mentionRange(ctx: DocContext, c: Candidate): TokenRange {
  const style = c.type === 'Person' ? royalStyleBefore(ctx, c) : undefined;
  return style === undefined ? c : { first: style, last: c.last };
}

/** The sex the candidate's title or given name tells. */
function genderOf(ctx: DocContext, c: Candidate): Gender {
  if (c.title) {
    for (let i = c.title.first; i <= c.title.last; i++) {
      const g = genderOfTitle(ctx.tokens[i]!.text);
      if (g) return g;
    }
  }
  return c.last > c.first ? genderOfGivenName(ctx.tokens[c.first]!) : undefined;
}

const compatible = (a: Gender, b: Gender) => !a || !b || a === b;


/**
 * The person groups a name may join. A full name joins the group whose name holds it with the
 * same surname ("George Bush" → "George W Bush"). A lone word joins a group as its surname
 * ("Mr Blair" → "Tony Blair"), the sexes agreeing; failing that, as one of its other names
 * ("Tony"; "Kim" of "Kim Jong-un"). A royal style makes a name of its own: "Prince Charles" never
 * joins "Charles Kennedy".
 */
function personFits(groups: Group[], words: string[], styled: boolean, gender: Gender): Group[] {
  const people = groups.filter((g) => g.type === 'Person' && compatible(g.gender, gender));
  if (styled || words.length >= 2) {
    return people.filter((g) => !!g.styled === styled && g.words.at(-1) === words.at(-1) && isSubsequence(words, g.words));
  }
  const w = words[0]!;
  const bySurname = people.filter((g) => !g.styled && g.words.at(-1) === w);
  if (bySurname.length > 0) return bySurname;
  // A given name (or a family name written first, "Kim" of "Kim Jong-un").
  return people.filter((g) => !g.styled && g.words.slice(0, -1).includes(w));
}

/**
 * Group the candidates of one document into entities: one per real thing. People's spans are
 * first cut to their names (person-names.ts); people merge as personFits says, a name several
 * people fit going to the one named last before it (else first after it); organisations by
 * name, gazetteer entry or acronym; places by gazetteer entry or name.
 */
export function groupCandidates(ctx: DocContext, cands: Candidate[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const kept: { c: Candidate; surface: string; words: string[]; styled: boolean }[] = [];
  for (const c of cands) {
    if (c.type === 'Person') {
      const name = personNameRange(ctx, c);
      if (!name) continue;
      c.first = name.first;
      c.last = name.last;
    }
    const range = mentionRange(ctx, c);
    const surface = surfaceOf(ctx, range);
    kept.push({ c, surface, words: nameWords(surface), styled: range !== c });
  }
  // Longer names first, so that "Velayati" finds "Ali Akbar Velayati" wherever it stands.
  kept.sort((a, b) => b.words.length - a.words.length || b.c.last - b.c.first - (a.c.last - a.c.first) || a.c.first - b.c.first);
  for (const { c, surface, words, styled } of kept) {
    const type = c.type!;
    const gaz = c.canonical ? undefined : lookupName(surface);
    const canonical = c.canonical ?? (gaz?.type === type ? gaz.canonical : undefined);
    let group: Group | undefined;
    if (type === 'Person') {
      const gender = genderOf(ctx, c);
      const fits = personFits(groups, words, styled, gender);
      // A lone title ("Chancellor", "King") is a name only as the surname of someone named in full.
      if (fits.length === 0 && words.length === 1 && !styled && isTitleWord(ctx.tokens[c.first]!.lower)) continue;
      group = fits.length <= 1 ? fits[0] : nearestBefore(fits, c.first) ?? firstNamed(fits);
      group ??= newGroup(groups, { type, words, surfaces: [], cands: [], styled });
      group.gender ??= gender;
    } else {
      const key = `${type}|${canonical ? canonical.toLowerCase() : orgKey(surface)}`;
      group = byKey.get(key);
      if (!group && type === 'Organization' && ACRONYM.test(surface)) {
        const acr = surface.replace(/\./gu, '');
        group = groups.find((g) => g.type === 'Organization' && g.surfaces.some((s) => initials(s) === acr));
      }
      if (!group && type === 'Place') {
        group = groups.find((g) => g.type === 'Place' && g.surfaces.some((s) => s.startsWith(`${surface} `) && s.split(' ').length === surface.split(' ').length + 1));
      }
      if (!group) group = newGroup(groups, { type, canonical, words, surfaces: [], cands: [] });
      byKey.set(key, group);
    }
    group.canonical ??= canonical;
    if (!group.surfaces.includes(surface)) group.surfaces.push(surface);
    group.cands.push(c);
  }
  for (const g of groups) g.cands.sort((a, b) => a.first - b.first);
  return groups;
}

function newGroup(groups: Group[], g: Group): Group {
  groups.push(g);
  return g;
}

function nearestBefore(fits: Group[], at: number): Group | undefined {
  let best: Group | undefined;
  let bestAt = -1;
  for (const g of fits) for (const c of g.cands) if (c.first < at && c.first > bestAt) [best, bestAt] = [g, c.first];
  return best;
}

/** The group named first in the document. */
function firstNamed(fits: Group[]): Group {
  const at = (g: Group) => Math.min(...g.cands.map((c) => c.first));
  return fits.reduce((a, b) => (at(b) < at(a) ? b : a));
}

/** Turn the groups into DocEntities with unique, readable keys. */
export function toEntities(ctx: DocContext, groups: Group[]): DocEntity[] {
  const used = new Set<string>();
  return groups
    .map((g) => {
      const name = g.canonical ?? fullestName(g.surfaces);
      const base = `${g.type.toLowerCase()}:${slug(name)}`;
      let key = base;
      for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
      used.add(key);
      g.key = key;
      const mentions = g.cands.map((c) => {
        const r = mentionRange(ctx, c);
        return { text: surfaceOf(ctx, r), start: ctx.tokens[r.first]!.start, end: ctx.tokens[r.last]!.end };
      });
      const entity: DocEntity = { key, type: g.type, name, mentions, aliases: g.surfaces.filter((s) => s !== name), roles: [] };
      return entity;
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
