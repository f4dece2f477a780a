import type { EntityType } from '../../snapshot/schema.js';
import type { Candidate } from './candidates.js';
import { surfaceOf } from './classify.js';
import type { DocContext } from './context.js';
import { isCountry, lookupName } from './gazetteer.js';
import { MATCH_WORDS } from './data/words.js';
import { wordKey } from '../names.js';

const MATCH = new Set(MATCH_WORDS);
/** Bowling figures and cricket scorecard words next to a name mark a player, not a team. */
const FIGURES = /^\d+(?:\.\d)?-\d+-\d+-\d+$/u;
const NUMBER = /^\d[\d.,:/-]*$/u;

/** A team name in a sports report: next to a score, or to "beat", "v", "drew". */
function teamContext(ctx: DocContext, c: Candidate): boolean {
  const next = ctx.tokens[c.last + 1];
  const prev = ctx.tokens[c.first - 1];
  const sameLine = (i: number) => ctx.line[i] === ctx.line[c.first];
  if (next && sameLine(c.last + 1) && (FIGURES.test(next.text) || /^\(/u.test(ctx.tokens[c.last]!.post + next.pre))) return false;
  if (prev && sameLine(c.first - 1) && /^(?:b|c|lbw|st|run)$/u.test(prev.text)) return false;
  if (next && sameLine(c.last + 1) && NUMBER.test(next.text) && ctx.tableLine.has(ctx.line[c.first]!)) return true;
  if (next && sameLine(c.last + 1) && (MATCH.has(next.lower) || next.text === 'AT') && !/[,.;]/u.test(ctx.tokens[c.last]!.post)) return true;
  return !!(prev && sameLine(c.first - 1) && MATCH.has(prev.lower));
}

/** "LONDON 1996-08-30", "BEIRUT (Reuters) -": a capitalised place opening a line before a date. */
function dateline(ctx: DocContext, c: Candidate): boolean {
  let start = c.first;
  while (start > 0 && !ctx.lineStart[start]) start--;
  if (c.first - start > 4 || !/^\p{Lu}[\p{Lu}\s.-]*$/u.test(ctx.tokens[start]!.text)) return false;
  // "LONDON 1996-08-30", "IRVINE , Calif 1996-08-30", "BEIRUT (Reuters) -".
  for (let k = c.last + 1; k < ctx.tokens.length && k <= c.last + 4 && ctx.line[k] === ctx.line[c.first]; k++) {
    const t = ctx.tokens[k]!;
    if (/^\d{4}-\d\d-\d\d$/u.test(t.text) || /^\(?reuters/iu.test(t.pre + t.text)) return true;
    if (!/^(?:\p{P}+|\p{Lu}[\p{L}.]*)$/u.test(t.text)) return false;
  }
  return false;
}

/** "KANSAS CITY AT DETROIT", "At Hove : Sussex 363": the venue of a match. */
function venue(ctx: DocContext, c: Candidate): boolean {
  const prev = ctx.tokens[c.first - 1];
  if (prev && prev.text === 'AT' && ctx.line[c.first - 1] === ctx.line[c.first]) return true;
  const opensLine = ctx.lineStart[c.first] || (prev && /^at$/iu.test(prev.text) && ctx.lineStart[c.first - 1]);
  const afterAt = !!prev && /^at$/iu.test(prev.text);
  const placeLike = c.type === 'Place' || (c.type === 'Person' && !c.strong) || (c.type === null && afterAt);
  if (opensLine && placeLike && /^\s*:/u.test(ctx.tokens[c.last]!.post)) return true;
  // "against Yorkshire at Headingley": a name after a lower-case "at" that no rule typed for sure.
  return !!prev && prev.text === 'at' && !c.strong && c.type !== 'Organization';
}

/** A weak person guess that a score next to it may overrule ("Inter Milan 2"), not "Andy Caddick 3-83". */
function teamable(ctx: DocContext, c: Candidate): boolean {
  if (c.type !== 'Person') return true;
  if (c.strong) return false;
  const first = ctx.tokens[c.first]!;
  return !first.tags.has('FirstName') && !/^\p{Lu}\.?$/u.test(first.text) && !first.post.startsWith('.');
}

/**
 * The document-wide pass: sports teams and datelines, then one type per name across the
 * document (a name the rules could not type takes the type it has elsewhere; a lone surname
 * takes the type of the full name it belongs to).
 */
export function resolveCandidates(ctx: DocContext, cands: Candidate[]): Candidate[] {
  const team = new Set<Candidate>();
  const teamNames = new Set<string>();
  for (const c of cands) {
    if (dateline(ctx, c)) {
      c.type = 'Place';
      c.strong = true;
    } else if (ctx.sports && venue(ctx, c)) {
      c.type = 'Place';
      c.strong = true;
    } else if (ctx.sports && teamable(ctx, c) && teamContext(ctx, c)) {
      const place = c.type === 'Place' && (isCountry(c.canonical ?? surfaceOf(ctx, c)) || ctx.tokens[c.first]!.tags.has('Country'));
      c.type = place ? 'Place' : 'Organization';
      c.strong = true;
      team.add(c);
      if (c.type === 'Organization') teamNames.add(surfaceOf(ctx, c).toLowerCase());
    } else if (ctx.sports && c.type === null && ctx.tableLine.has(ctx.line[c.first]!) && c.last > c.first) {
      c.type = 'Person';
    }
  }
  const votes = new Map<string, Map<EntityType, number>>();
  const personParts = new Set<string>();
  for (const c of cands) {
    if (!c.type) continue;
    const key = surfaceOf(ctx, c).toLowerCase();
    const v = votes.get(key) ?? new Map<EntityType, number>();
    votes.set(key, v);
    // A score next to a name is the surest sign in a sports report: it outweighs the place lists.
    v.set(c.type, (v.get(c.type) ?? 0) + (team.has(c) ? 3 : c.strong ? 2 : 1));
    if (c.type === 'Person' && c.last > c.first) {
      for (let i = c.first; i <= c.last; i++) personParts.add(wordKey(ctx.tokens[i]!.text));
    }
  }
  const best = (key: string): EntityType | undefined => {
    const v = votes.get(key);
    if (!v) return undefined;
    return [...v].sort((x, y) => y[1] - x[1])[0]![0];
  };
  for (const c of cands) {
    const surface = surfaceOf(ctx, c);
    const key = surface.toLowerCase();
    const gaz = lookupName(surface);
    // "in Chelsea", "at Virginia": a lone name after a preposition of place, guessed to be a person.
    const prev = ctx.tokens[c.first - 1];
    const part = c.first === c.last && personParts.has(wordKey(surface));
    if (c.type === 'Person' && !c.strong && c.first === c.last && !part && prev && /^(?:in|at|near|across|outside|inside|throughout)$/u.test(prev.text)) {
      c.type = 'Place';
      continue;
    }
    if (part && !(gaz?.type === 'Organization') && c.type !== 'Organization') {
      c.type = 'Person';
      continue;
    }
    // In a sports report a name that was a team once is the team everywhere ("Essex reached 372").
    if (c.type === 'Place' && teamNames.has(key) && !(gaz?.country ?? false) && !venue(ctx, c) && !dateline(ctx, c)) {
      c.type = 'Organization';
      continue;
    }
    if (c.strong && !(gaz && c.type === 'Place' && !gaz.country)) continue;
    const b = best(key);
    if (b) c.type = b;
  }
  return cands.filter((c) => c.type !== null);
}
