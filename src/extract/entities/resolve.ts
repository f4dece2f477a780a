import type { EntityType } from '../../snapshot/schema.js';
import type { Candidate } from './candidates.js';
import { surfaceOf } from './classify.js';
import type { DocContext } from './context.js';
import { isCountry, lookupName } from './gazetteer.js';
import { SPORTS_WORDS } from './data/words.js';

const SPORTS = new Set(SPORTS_WORDS);
const NUMBER = /^\d[\d.,:/-]*$/u;

/** A team name in a sports report: next to a score, or to "beat", "v", "drew". */
function teamContext(ctx: DocContext, c: Candidate): boolean {
  const next = ctx.tokens[c.last + 1];
  const prev = ctx.tokens[c.first - 1];
  const sameLine = (i: number) => ctx.line[i] === ctx.line[c.first];
  if (next && sameLine(c.last + 1) && NUMBER.test(next.text) && ctx.tableLine.has(ctx.line[c.first]!)) return true;
  if (next && sameLine(c.last + 1) && SPORTS.has(next.lower) && !/[,.;]/u.test(ctx.tokens[c.last]!.post)) return true;
  return !!(prev && sameLine(c.first - 1) && ['beat', 'v', 'vs', 'drew', 'defeated', 'against', 'with'].includes(prev.lower));
}

/** "LONDON 1996-08-30", "BEIRUT (Reuters) -": a capitalised place opening a line before a date. */
function dateline(ctx: DocContext, c: Candidate): boolean {
  const next = ctx.tokens[c.last + 1];
  return !!ctx.lineStart[c.first] && !!next && ctx.line[c.last + 1] === ctx.line[c.first] &&
    (/^\d{4}-\d\d-\d\d$/u.test(next.text) || /^\(?reuters/iu.test(next.pre + next.text)) &&
    surfaceOf(ctx, c) === surfaceOf(ctx, c).toUpperCase();
}

/**
 * The document-wide pass: sports teams and datelines, then one type per name across the
 * document (a name the rules could not type takes the type it has elsewhere; a lone surname
 * takes the type of the full name it belongs to).
 */
export function resolveCandidates(ctx: DocContext, cands: Candidate[]): Candidate[] {
  for (const c of cands) {
    if (dateline(ctx, c)) {
      c.type = 'Place';
      c.strong = true;
    } else if (ctx.sports && c.type !== 'Person' && teamContext(ctx, c)) {
      const place = c.type === 'Place' && isCountry(c.canonical ?? surfaceOf(ctx, c));
      c.type = place ? 'Place' : 'Organization';
      c.strong = true;
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
    v.set(c.type, (v.get(c.type) ?? 0) + (c.strong ? 2 : 1));
    if (c.type === 'Person' && c.last > c.first) {
      for (let i = c.first; i <= c.last; i++) personParts.add(ctx.tokens[i]!.lower);
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
    if (c.first === c.last && personParts.has(key) && !(gaz?.type === 'Organization') && c.type !== 'Organization') {
      c.type = 'Person';
      continue;
    }
    if (c.strong && !(gaz && c.type === 'Place' && !gaz.country)) continue;
    const b = best(key);
    if (b) c.type = b;
  }
  return cands.filter((c) => c.type !== null);
}
