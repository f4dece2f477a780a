import type { Span } from '../../snapshot/schema.js';
import type { DocEntity, DocRelation } from '../types.js';
import type { Candidate } from './candidates.js';
import { surfaceOf } from './classify.js';
import type { DocContext } from './context.js';
import { countryOfDemonym, isCountry } from './gazetteer.js';
import { honorifics, isTitleWord, roleNouns } from './lexicon.js';
import type { Group } from './merge.js';

/** Forms of address that are not roles ("Mr", "His Eminence"). */
const ADDRESS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'his', 'her', 'eminence', 'excellency', 'majesty', 'highness', 'holiness', 'mme', 'messrs', 'sir', 'dame']);

const span = (ctx: DocContext, a: number, b: number): Span => {
  const start = ctx.tokens[a]!.start;
  const end = ctx.tokens[b]!.end;
  return { text: ctx.text.slice(start, end), start, end };
};

/** Roles, nationalities, descriptions and role relations of the people of one document. */
export function attachRoles(ctx: DocContext, groups: Group[], entities: Map<string, DocEntity>): DocRelation[] {
  const relations: DocRelation[] = [];
  const groupOf = new Map<Candidate, Group>();
  for (const g of groups) for (const c of g.cands) groupOf.set(c, g);
  for (const g of groups) {
    if (g.type !== 'Person') continue;
    const person = entities.get(g.key!)!;
    for (const c of g.cands) {
      if (c.nationality) person.nationality ??= c.nationality;
      if (c.title) titleRole(ctx, c, person, groupOf, relations);
      else lowerCaseTitle(ctx, c, person);
      apposition(ctx, c, person, groups, relations);
    }
  }
  return relations;
}

/** "Syrian Foreign Minister Faisal Mikdad", "Iran's Leader Ayatollah … Khamenei". */
function titleRole(ctx: DocContext, c: Candidate, person: DocEntity, groupOf: Map<Candidate, Group>, relations: DocRelation[]): void {
  const t = c.title!;
  const words = ctx.tokens.slice(t.first, t.last + 1);
  const roleWords = words.filter((w) => !ADDRESS.has(w.lower.replace(/\.$/u, '')));
  const onlyHonorific = roleWords.every((w) => honorifics.has(w.lower.replace(/\.$/u, '')));
  const withName = `${surfaceOf(ctx, t)} ${person.mentions.find((m) => m.start === ctx.tokens[c.first]!.start)?.text ?? ''}`.trim();
  if (!person.aliases.includes(withName)) person.aliases.push(withName);
  if (!roleWords.length || onlyHonorific) return;
  // The role is the title without forms of address and honorifics at its ends ("Leader", not "Leader Ayatollah Seyyed").
  const isRoleWord = (w: { lower: string }) => !ADDRESS.has(w.lower.replace(/\.$/u, '')) && !honorifics.has(w.lower.replace(/\.$/u, ''));
  let r0 = t.first;
  let r1 = t.last;
  while (r1 > r0 && !isRoleWord(ctx.tokens[r1]!)) r1--;
  while (r0 < r1 && !isRoleWord(ctx.tokens[r0]!)) r0++;
  const role = surfaceOf(ctx, { first: r0, last: r1 });
  const holder = roleHolder(ctx, c, groupOf);
  const org = holder?.group;
  // Evidence: from the nationality or holder before the title ("Iran's Leader") to the role's end.
  const lead = holder?.first ?? (c.nationalityRange && c.nationalityRange.last === t.first - 1 ? c.nationalityRange.first : r0);
  const from = Math.min(lead, r0);
  const evidence = span(ctx, from, r1);
  if (org?.type === 'Place' && org.canonical && isCountry(org.canonical)) person.nationality ??= org.canonical;
  person.roles.push(org?.key ? { role, orgKey: org.key, evidence } : { role, evidence });
  if (from < r0 && !person.aliases.includes(evidence.text)) person.aliases.push(evidence.text);
  if (org?.key) relations.push({ type: 'HOLDS_ROLE', fromKey: person.key, toKey: org.key, evidence, properties: { role } });
}

/**
 * Where a title is held: the organisation or place named just before it ("US President",
 * "Iran's Leader"), else the country of its demonym when the document names that country
 * ("Syrian Foreign Minister" → Syria).
 */
function roleHolder(ctx: DocContext, c: Candidate, groupOf: Map<Candidate, Group>): { group: Group; first?: number } | undefined {
  const own = c.roleOf && groupOf.get(c.roleOf);
  if (own) return { group: own, first: c.roleOf!.first };
  const before = c.title!.first - 1;
  for (const [cand, g] of groupOf) {
    if (cand.last === before && ctx.tokens[before]!.possessive && g.type !== 'Person') return { group: g, first: cand.first };
  }
  if (!c.nationality) return undefined;
  for (const g of new Set(groupOf.values())) if (g.type === 'Place' && g.canonical === c.nationality) return { group: g };
  return undefined;
}

/** "the regime's former prime minister Benjamin Netanyahu", "his Iraqi comrade Abu Mahdi al-Muhandis". */
function lowerCaseTitle(ctx: DocContext, c: Candidate, person: DocEntity): void {
  let a = c.first - 1;
  let nationality: string | undefined;
  while (a >= 0 && /^[ \t]*$/u.test(ctx.tokens[a]!.post) && /^\p{Ll}|^\p{Lu}\p{Ll}+an$|^\p{Lu}\p{Ll}+i$/u.test(ctx.tokens[a]!.text)) {
    const w = ctx.tokens[a]!;
    const dem = countryOfDemonym(w.text);
    if (dem) nationality = dem;
    else if (!isTitleWord(w.lower) && !roleNouns.has(w.lower) && !/^(?:comrade|colleague|counterpart|rival|ally|official|activist)$/u.test(w.lower)) break;
    a--;
  }
  if (a + 1 >= c.first) return;
  while (a + 1 < c.first && /^(?:his|her|their|its|the|a|an)$/u.test(ctx.tokens[a + 1]!.lower)) a++;
  if (a + 1 >= c.first) return;
  const evidence = span(ctx, a + 1, c.first - 1);
  if (nationality) person.nationality ??= nationality;
  const role = evidence.text.replace(/^\p{Lu}\p{Ll}+(?:an|i)\s+/u, '');
  if (role && role !== evidence.text.trim() || !nationality) person.roles.push({ role: role || evidence.text, evidence });
  if (!person.aliases.includes(evidence.text)) person.aliases.push(evidence.text);
}

const APPOSITION = /^,\s+((?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}?([\p{Ll}-]+)(?:\s+[^,.;:“”"()]*)?)(?=[,.;:)]|\s+(?:who|which|said|told|on|in)\b)/u;

/** "Ismail Haniyeh, head of the Political Bureau of the Palestinian resistance movement of Hamas,". */
function apposition(ctx: DocContext, c: Candidate, person: DocEntity, groups: Group[], relations: DocRelation[]): void {
  const end = ctx.tokens[c.last]!.end;
  const m = APPOSITION.exec(ctx.text.slice(end, end + 200));
  if (!m) return;
  const start = end + m[0].indexOf(m[1]!);
  const phrase = cutAtVerb(ctx, m[1]!, start);
  // "Speaking to Qassem, the Leader's advisor congratulated him": a clause, not an apposition.
  const prev = ctx.tokens[c.first - 1];
  if (phrase !== m[1] && prev && /^(?:to|with|from|by|for|about|on|in|at|of|near|after|before|during)$/u.test(prev.lower)) return;
  // The role noun heads the phrase: among its first words, before any preposition.
  const head = phrase.toLowerCase().split(/\s+/u).slice(0, 5);
  const stop = head.findIndex((w) => /^(?:of|to|for|at|in|on|with|who|which|whose|that)$/u.test(w));
  if (/^(?:who|which|whose|that|where|when)\b/iu.test(phrase) || !(stop < 0 ? head : head.slice(0, stop)).some((w) => roleNouns.has(w))) return;
  const evidence: Span = { text: phrase, start, end: start + phrase.length };
  // The organisation a role is in is the last one named in the phrase ("… of the movement of Hamas").
  let org: Group | undefined;
  for (const g of groups) {
    if (g.type === 'Person') continue;
    for (const k of g.cands) {
      const s = ctx.tokens[k.first]!.start;
      if (s >= evidence.start && ctx.tokens[k.last]!.end <= evidence.end && (!org || s > lastStart(ctx, org, evidence))) org = g;
    }
  }
  const role = phrase.replace(/^(?:the|a|an)\s+/iu, '');
  person.roles.push(org?.key ? { role, orgKey: org.key, evidence } : { role, evidence });
  const dem = phrase.split(/\s+/u).map((w) => countryOfDemonym(w)).find(Boolean);
  if (dem && !org) person.nationality ??= dem;
  if (org?.key) {
    relations.push({ type: 'HOLDS_ROLE', fromKey: person.key, toKey: org.key, evidence, properties: { role } });
    if (org.type === 'Organization') relations.push({ type: 'AFFILIATED_WITH', fromKey: person.key, toKey: org.key, evidence });
  }
}

/** The phrase up to its first finite verb or time word ("an ex-IRGC commander last year said"). */
function cutAtVerb(ctx: DocContext, phrase: string, start: number): string {
  const end = start + phrase.length;
  for (const t of ctx.tokens) {
    if (t.start <= start || t.start >= end) continue;
    if ((t.tags.has('PastTense') || t.tags.has('PresentTense') || t.tags.has('Copula')) && !t.tags.has('Adjective') || /^(?:last|this|next|yesterday|today|earlier)$/u.test(t.lower)) {
      return ctx.text.slice(start, t.start).trimEnd();
    }
  }
  return phrase;
}

function lastStart(ctx: DocContext, g: Group, within: Span): number {
  let best = -1;
  for (const k of g.cands) {
    const s = ctx.tokens[k.first]!.start;
    if (s >= within.start && s < within.end) best = Math.max(best, s);
  }
  return best;
}
