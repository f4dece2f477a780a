import { COMPOUND_TAILS } from '../nlp/tokens.js';
import type { Candidate } from './candidates.js';
import type { DocContext } from './context.js';
import { ARABIC_ORG_HEADS, NOT_ORG_ACRONYMS, surfaceOf } from './classify.js';
import { lookupName } from './gazetteer.js';
import { harmonise } from './harmonise.js';
import { connectors, honorifics, isTitleWord, titleHeads } from './lexicon.js';

/**
 * Where the rules win over the trained recognizer. The model decides where names are and what
 * they are, except where the rules hold knowledge the annotated news did not teach it (each
 * decided by measurement on conllpp_dev and checked on the seed articles; see README):
 * - a title stays outside a person's name ("Ayatollah Seyyed Ali Khamenei" → "Ali Khamenei",
 *   title "Ayatollah Seyyed"), and a title alone names nobody ("Ayatollah");
 * - the organisations of claimgraph's gazetteer are organisations ("Hashd al-Shaabi"), and a
 *   nickname in quotation marks is part of a person's name (`Richard "Tex" Coe`);
 * - a compound's second half and lower-case words at its ends are no part of a name ("United
 *   States" in "United States-brokered", "Mediterranean" in "the Mediterranean coast");
 * - common abbreviations name nothing ("URL", "FM", "CEO");
 * - a gazetteer name written in lower case is a name ("al-Quds"): news annotated for training has few.
 * Everything the rules knew of the same words (title, nationality, canonical name, the
 * organisation a title is held in) is carried over to the model's names.
 */
export function combine(ctx: DocContext, model: readonly Candidate[], ruled: readonly Candidate[]): Candidate[] {
  const byRange = new Map(ruled.map((c) => [`${c.first}:${c.last}`, c]));
  // Richard "Tex" Coe: the model cuts a name at quotation marks; the rules know a nickname.
  const known = ruled.filter((r) => knownOrganization(ctx, r) || r.nickname !== undefined);
  // "King" alone is a title, but not in an article about Billie Jean King.
  const surnames = new Set(model.filter((c) => c.type === 'Person' && c.last > c.first).map((c) => ctx.tokens[c.last]!.lower));
  const out: Candidate[] = [];
  for (const found of model) {
    const m = trimmed(ctx, found);
    if (!m) continue;
    const titled = ruled.find((r) => r.type === 'Person' && r.title && r.first > m.first && r.last === m.last && (m.type === 'Person' || personalTitle(ctx, m.first)) && titleBefore(ctx, m.first, r.first));
    if (m.type === null) {
      // The model's other names (MISC): a person behind a personal title ("Imam Khomeini"), a
      // place where claimgraph's gazetteer says so for exactly these words; else none of ours.
      const place = byRange.get(`${m.first}:${m.last}`);
      if (titled) out.push(titled);
      else if (place?.type === 'Place' && place.canonical !== undefined) out.push(place);
      continue;
    }
    if ((titleOnly(ctx, m) && !(m.first === m.last && surnames.has(ctx.tokens[m.first]!.lower))) || (m.first === m.last && NOT_ORG_ACRONYMS.has(ctx.tokens[m.first]!.text))) continue;
    // The model has not met the organisation or the nickname; the rules have.
    const org = known.filter((r) => overlaps(r, m));
    if (org.length > 0) {
      for (const o of org) if (!out.includes(o)) out.push(o);
      continue;
    }
    const same = byRange.get(`${m.first}:${m.last}`);
    const longer = m.type === 'Person' ? ruled.find((r) => r.type === 'Person' && r.first <= m.first && r.last >= m.last && r.last - r.first > m.last - m.first && particlesOnly(ctx, r, m)) : undefined;
    out.push(titled ?? longer ?? (same && same.type === m.type ? { ...same, strong: true } : m));
  }
  // Gazetteer names written in lower case, which the annotated news hardly has ("al-Quds").
  for (const r of ruled) {
    if (r.canonical !== undefined && /^\p{Ll}/u.test(ctx.tokens[r.first]!.text) && !model.some((c) => c.type !== null && overlaps(c, r))) out.push(r);
  }
  out.sort((a, b) => a.first - b.first);
  harmonise(ctx, out);
  // A title's holder ("US" in "US President Joe Biden") is whichever candidate is kept for those words.
  const kept = new Map(out.map((c) => [`${c.first}:${c.last}`, c]));
  for (const c of out) if (c.roleOf) c.roleOf = kept.get(`${c.roleOf.first}:${c.roleOf.last}`) ?? c.roleOf;
  return out;
}

const overlaps = (a: Candidate, b: Candidate) => a.first <= b.last && b.first <= a.last;
const bare = (ctx: DocContext, k: number) => ctx.tokens[k]!.lower.replace(/\.$/u, '');

/**
 * A name claimgraph knows as an organisation: in its gazetteer, or opened by the head of an
 * Arabic organisation name ("Jaysh al-Shaabi"), written as a name.
 */
function knownOrganization(ctx: DocContext, c: Candidate): boolean {
  if (c.type !== 'Organization' || !c.strong) return false;
  for (let k = c.first; k <= c.last; k++) if (!NAME_WORD.test(ctx.tokens[k]!.text) && !connectors.has(ctx.tokens[k]!.lower)) return false;
  if (c.last > c.first && ARABIC_ORG_HEADS.has(ctx.tokens[c.first]!.lower)) return true;
  return c.canonical !== undefined && lookupName(surfaceOf(ctx, c))?.type === 'Organization';
}

/** Arabic name parts the news lower-cases ("al-Muhandis", "bin Salman"), which the model may leave out. */
const PARTICLE_WORD = /^(?:(?:al|el|ad|ar|as|an|at|az|ash)-\p{Lu}|bin$|ibn$|bint$)/u;

/** The rules' name `r` adds to the model's `m` only Arabic particles and the names they lead. */
function particlesOnly(ctx: DocContext, r: Candidate, m: Candidate): boolean {
  let particle = false;
  for (let k = r.first; k <= r.last; k++) {
    if (k >= m.first && k <= m.last) continue;
    const text = ctx.tokens[k]!.text;
    if (PARTICLE_WORD.test(text)) particle = true;
    else if (!/^\p{Lu}/u.test(text) || !particle) return false;
  }
  return particle;
}

const NAME_WORD = /^(?:(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|abu)-)?\p{Lu}/u;

/** Every word an honorific or a title's head ("Ayatollah", "Sheikh", "Foreign Minister"). */
function titleOnly(ctx: DocContext, c: Candidate): boolean {
  // "SPC", "CEO Ltd": an acronym outside a line of capitals is a name, whatever it abbreviates elsewhere.
  if (c.first === c.last && /^\p{Lu}{2,}$/u.test(ctx.tokens[c.first]!.text) && !ctx.capsLine.has(ctx.line[c.first]!)) return false;
  for (let k = c.first; k <= c.last; k++) if (!honorifics.has(bare(ctx, k)) && !titleHeads.has(bare(ctx, k)) && !(k < c.last && isTitleWord(ctx.tokens[k]!.lower))) return false;
  return true;
}

/** Words a..b−1 are a title ("Ayatollah Seyyed", "Imam"). */
function titleBefore(ctx: DocContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isTitleWord(ctx.tokens[k]!.lower)) return false;
  return true;
}

/** Honorifics that only people bear: they never open the name of a team or a place ("St Mirren", "Queen of the South"). */
const PERSONAL = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sheikh', 'shaykh', 'sheik', 'ayatollah', 'ayatullah', 'imam', 'hojatoleslam', 'hojjatoleslam', 'sayyed', 'seyyed', 'sayed', 'seyed', 'sayyid', 'syed', 'hajj', 'haj', 'haji', 'mullah', 'mufti', 'rabbi', 'rev', 'reverend']);
const personalTitle = (ctx: DocContext, k: number) => PERSONAL.has(bare(ctx, k));

/**
 * A model's name without what a name never holds at its ends: the second half of a compound
 * ("United States-brokered") and common words in lower case ("the Mediterranean coast").
 */
function trimmed(ctx: DocContext, c: Candidate): Candidate | undefined {
  let { first, last } = c;
  const tk = ctx.tokens;
  const lowerEnd = (k: number) => /^\p{Ll}/u.test(tk[k]!.text) && !NAME_WORD.test(tk[k]!.text) && !connectors.has(tk[k]!.lower);
  while (last > first && (lowerEnd(last) || (tk[last - 1]!.post === '-' && COMPOUND_TAILS.has(tk[last]!.lower)))) last--;
  while (first < last && lowerEnd(first)) first++;
  if (lowerEnd(first)) return undefined;
  return first === c.first && last === c.last ? c : { ...c, first, last };
}
