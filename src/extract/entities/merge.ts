import type { EntityType } from '../../snapshot/schema.js';
import { initials, isSubsequence, nameWords, orgKey } from '../names.js';
import { slug } from '../slug.js';
import type { DocEntity } from '../types.js';
import type { Candidate } from './candidates.js';
import { surfaceOf } from './classify.js';
import type { DocContext } from './context.js';
import { lookupName } from './gazetteer.js';

/** A document entity being built, with the candidates that name it. */
export interface Group {
  type: EntityType;
  canonical?: string;
  words: string[];
  surfaces: string[];
  cands: Candidate[];
  /** The entity key, once toEntities has run. */
  key?: string;
}

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,5}$/u;

/** The fullest surface of a group: the gazetteer's name, else the longest non-acronym form. */
function fullest(g: Group): string {
  if (g.canonical) return g.canonical;
  const forms = g.surfaces.filter((s) => !ACRONYM.test(s));
  const pool = forms.length ? forms : g.surfaces;
  return [...pool].sort((a, b) => nameWords(b).length - nameWords(a).length || b.length - a.length)[0]!;
}

/** Whether candidate words fit a person group: the same name or a part of it ("Velayati"). */
function personFits(words: string[], g: Group): boolean {
  return isSubsequence(words, g.words) || words.length === 1 && g.words.includes(words[0]!);
}

/**
 * Group the candidates of one document into entities: one per real thing. People merge when one
 * name is part of the other and no other person of the document also fits; organisations by
 * name, gazetteer entry or acronym; places by gazetteer entry or name.
 */
export function groupCandidates(ctx: DocContext, cands: Candidate[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  // Longer names first, so that "Velayati" finds "Ali Akbar Velayati" wherever it stands.
  const order = [...cands].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  for (const c of order) {
    const surface = surfaceOf(ctx, c);
    const type = c.type!;
    const gaz = c.canonical ? undefined : lookupName(surface);
    const canonical = c.canonical ?? (gaz?.type === type ? gaz.canonical : undefined);
    let group: Group | undefined;
    if (type === 'Person') {
      const words = nameWords(surface);
      const fits = groups.filter((g) => g.type === 'Person' && personFits(words, g));
      // A bare surname shared by two people goes to the one named last before it.
      group = fits.length <= 1 ? fits[0] : nearestBefore(fits, c.first);
      if (!group) group = newGroup(groups, { type, words, surfaces: [], cands: [] });
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
      if (!group) group = newGroup(groups, { type, canonical, words: nameWords(surface), surfaces: [], cands: [] });
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

/** Turn the groups into DocEntities with unique, readable keys. */
export function toEntities(ctx: DocContext, groups: Group[]): DocEntity[] {
  const used = new Set<string>();
  return groups
    .map((g) => {
      const name = fullest(g);
      const base = `${g.type.toLowerCase()}:${slug(name)}`;
      let key = base;
      for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
      used.add(key);
      g.key = key;
      const mentions = g.cands.map((c) => ({ text: surfaceOf(ctx, c), start: ctx.tokens[c.first]!.start, end: ctx.tokens[c.last]!.end }));
      const entity: DocEntity = { key, type: g.type, name, mentions, aliases: g.surfaces.filter((s) => s !== name), roles: [] };
      return entity;
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
