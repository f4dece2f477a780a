import type { Token } from '../nlp/index.js';
import type { Candidate, TokenRange } from './candidates.js';
import { nicknameAfter, type Chunk } from './chunks.js';
import { commonWord, type DocContext } from './context.js';
import { countryOfDemonym, isCountry, lookupName } from './gazetteer.js';
import { connectors, facilityLast, honorifics, isTitleWord, orgFirst, orgLast, placeLast, speechVerbs, titleHeads } from './lexicon.js';

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,5}$/u;
/** Capitalised abbreviations that are not organisations. */
export const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set(['URL', 'TV', 'FM', 'PM', 'AM', 'CEO', 'GDP', 'RA', 'AS', 'SAW', 'PBUH', 'OK', 'ID', 'PC', 'DJ', 'MP', 'MPS', 'UPDATE', 'NOTE', 'AD', 'BC', 'ET', 'GMT', 'EST', 'PDT', 'PST', 'CET', 'HIV', 'AIDS', 'DNA', 'USD', 'EUR', 'GBP', 'EDT', 'EST', 'CDT', 'PTSD', 'LGBT', 'LGBTQ', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'Q1', 'Q2', 'Q3', 'Q4']);
/** Party words that may stand before a person's name. */
const PARTY_WORDS = new Set(['republican', 'democrat', 'democratic', 'conservative', 'liberal', 'labour', 'tory', 'socialist', 'libertarian', 'independent', 'progressive', 'communist', 'green']);
/** Arabic words that open the names of movements and armed groups ("Jaysh al-Shaabi", "Kataib Hezbollah"). */
export const ARABIC_ORG_HEADS: ReadonlySet<string> = new Set(['jaysh', 'jaish', 'harakat', 'kataib', "kata'ib", 'liwa', 'saraya', 'hizb', 'jabhat', 'tanzim', 'ansar', 'asaib', "asa'ib", 'hashd', 'harakah']);

const textOf = (ctx: DocContext, a: number, b: number) => ctx.text.slice(ctx.tokens[a]!.start, ctx.tokens[b]!.end);

/** A word without its abbreviation full stop ("Corp." → "corp"). */
const bare = (t: Token) => t.lower.replace(/\.$/u, '');
const tokensIn = (tk: Token[], a: number, b: number) => tk.slice(a, b + 1);

/** Whether token i could be (part of) a person's name. */
function personish(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (honorifics.has(bare(t))) return false;
  if (PERSON_TAGS.some((x) => t.tags.has(x))) return true;
  // An initial in a table of results: "A. Dale 69 , H. Morris 69".
  if (/^\p{Lu}$/u.test(t.text) && /^\.\s/u.test(t.post) && ctx.tableLine.has(ctx.line[i]!)) return true;
  if (commonWord(ctx, i) || orgLast.has(bare(t)) || placeLast.has(bare(t)) || facilityLast.has(bare(t)) || isTitleWord(t.lower)) return false;
  if (countryOfDemonym(t.text) || ctx.lowerWords.has(t.lower)) return false;
  if (ACRONYM.test(t.text) || /\d/u.test(t.text)) return false;
  return !['Place', 'Country', 'City', 'Organization'].some((x) => t.tags.has(x));
}

/** Where a title starts and ends, if a person's name follows it inside [a..b]. */
function findTitle(ctx: DocContext, a: number, b: number): { title: TokenRange; name: number } | undefined {
  const tk = ctx.tokens;
  for (let t = a; t < b; t++) {
    const w = tk[t]!.lower.replace(/\.$/u, '');
    if (!honorifics.has(w) && !titleHeads.has(w)) continue;
    let first = t;
    while (first > a && isTitleWord(tk[first - 1]!.lower)) first--;
    let last = t;
    for (;;) {
      while (last < b && isTitleWord(tk[last + 1]!.lower)) last++;
      // "Leader of the Islamic Revolution His Eminence Imam …": the title runs on to the next title word.
      if (last < b && connectors.has(tk[last + 1]!.lower)) {
        let k = last + 1;
        while (k <= b && !honorifics.has(tk[k]!.lower) && !titleHeads.has(tk[k]!.lower)) k++;
        if (k < b) {
          last = k;
          continue;
        }
      }
      break;
    }
    if (last >= b) return undefined;
    for (let k = last + 1; k <= b; k++) if (!personish(ctx, k) && !connectors.has(tk[k]!.lower)) return undefined;
    return { title: { first, last }, name: last + 1 };
  }
  return undefined;
}

/** Whether "( ACRONYM )" follows token b. */
function acronymAfter(ctx: DocContext, b: number): string | undefined {
  const next = ctx.tokens[b + 1];
  if (!next || !/\(\s*$/u.test(ctx.tokens[b]!.post + next.pre) || !ACRONYM.test(next.text)) return undefined;
  return /^\s*\)/u.test(next.post) ? next.text : undefined;
}

/** Decide what the words tokens[a..b] name; a chunk may hold several names ("US President Joe Biden"). */
function classifyRange(ctx: DocContext, a: number, b: number): Candidate[] {
  if (a > b) return [];
  const tk = ctx.tokens;
  const surface = textOf(ctx, a, b);
  // "the Bergamo-based Atalanta": an organisation after "-based".
  const tail = tk[b + 1];
  // The place itself is half a word there, which news annotation does not count as a mention.
  if (tail && tk[b]!.post === '-' && (tail.lower === 'based' || tail.lower === 'bound')) return [];
  if (a >= 2 && tk[a - 1]!.lower === 'based' && tk[a - 2]!.post === '-') return [{ first: a, last: b, type: 'Organization', strong: true }];

  const gaz = lookupName(surface);
  if (gaz) return [{ first: a, last: b, type: gaz.type, strong: true, canonical: gaz.canonical }];
  // Richard "Tex" Coe: names around a quoted nickname are one person.
  for (let k = a; k + 2 <= b; k++) {
    if (!nicknameAfter(ctx, k)) continue;
    const rest = classifyRange(ctx, a, k).concat(classifyRange(ctx, k + 2, b));
    // Both sides are (weak guesses of) a person, nothing else: not "Fans of Arsenal "Gunners" Club".
    if (!rest.some((c) => c.type === 'Person') || rest.some((c) => c.type !== 'Person' && c.type !== null)) break;
    const title = rest.find((c) => c.title)?.title;
    const first = title ? title.last + 1 : a;
    return [{ first, last: b, type: 'Person', strong: true, nickname: { first: k + 1, last: k + 1 }, ...(title && { title }) }];
  }

  // "the Political Bureau of the Palestinian (resistance movement)": a demonym does not end a name.
  if (b > a + 1 && countryOfDemonym(tk[b]!.text) && connectors.has(tk[b - 1]!.lower)) {
    let k = b - 1;
    while (k > a && connectors.has(tk[k]!.lower)) k--;
    return classifyRange(ctx, a, k);
  }

  const titled = findTitle(ctx, a, b);
  if (titled) {
    const { title, name } = titled;
    const before = classifyRange(ctx, a, title.first - 1);
    const person: Candidate = { first: name, last: b, type: 'Person', strong: true, title };
    const dem = a < title.first ? countryOfDemonym(textOf(ctx, a, title.first - 1)) : undefined;
    if (dem) {
      person.nationality = dem;
      person.nationalityRange = { first: a, last: title.first - 1 };
    }
    const lead = before[before.length - 1];
    if (lead && lead.last === title.first - 1 && lead.type && lead.type !== 'Person') {
      person.roleOf = lead;
      if (lead.type === 'Place' && isCountry(lead.canonical ?? surfaceOf(ctx, lead))) {
        person.nationality = lead.canonical ?? surfaceOf(ctx, lead);
        person.nationalityRange = lead;
      }
    }
    return [...before, person];
  }

  const first = tk[a]!;
  const last = tk[b]!;
  const split = splitAtOf(ctx, a, b);
  if (split) return split;
  if (a < b && ARABIC_ORG_HEADS.has(first.lower)) return [{ first: a, last: b, type: 'Organization', strong: true }];
  // "Heathrow Airport", "St Anne's Hospital": a facility is a place, whatever else its words say.
  if (a < b && facilityLast.has(bare(last))) return [{ first: a, last: b, type: 'Place', strong: true }];
  const orgHeadOf = tokensIn(tk, a, b - 1).some((t, k) => orgLast.has(bare(t)) && /^(?:of|for|on)$/u.test(tk[a + k + 1]!.lower));
  if (a < b && (orgLast.has(bare(last)) || orgHeadOf || (orgFirst.has(first.lower) && /^(?:of|for|on)$/u.test(tk[a + 1]!.lower)) || tokensIn(tk, a, b).some((t) => t.text === '&'))) {
    return [{ first: a, last: b, type: 'Organization', strong: true }];
  }
  if (acronymAfter(ctx, b) && !lookupName(acronymAfter(ctx, b)!)) return [{ first: a, last: b, type: 'Organization', strong: true }];
  if (a < b && placeLast.has(bare(last)) && !orgLast.has(bare(last))) return [{ first: a, last: b, type: 'Place', strong: true }];

  // "Al-Ahed Telegram": a known name, then common words that are no name.
  for (let k = b - 1; k >= a && a < b; k--) {
    const g = lookupName(textOf(ctx, a, k));
    if (!g) continue;
    // Places before common words are often events or teams ("Berlin Grand Prix"): organisations only.
    if (g.type === 'Organization' && tk.slice(k + 1, b + 1).every((t, j) => !personish(ctx, k + 1 + j) && !orgLast.has(bare(t)) && !placeLast.has(bare(t)))) {
      return [{ first: a, last: k, type: g.type, strong: true, canonical: g.canonical }];
    }
    break;
  }

  // "Lebanese Hezbollah", "Syrian Foreign Minister" (handled above), "Iranian Mohammad Zarif".
  const dem = countryOfDemonym(first.text);
  if (dem && a < b) {
    const rest = classifyRange(ctx, a + 1, b);
    const r0 = rest[0];
    if (r0 && r0.type === 'Person' && r0.first === a + 1) {
      r0.nationality ??= dem;
      r0.nationalityRange ??= { first: a, last: a };
    }
    return rest;
  }
  if (dem) return [];
  // "Republican Donald Trump", "Democrat Hillary Clinton": a party word before a name.
  if (a < b && PARTY_WORDS.has(first.lower)) return classifyRange(ctx, a + 1, b);
  if (a === b && NOT_ORG_ACRONYMS.has(first.text)) return [];

  const tokens = tk.slice(a, b + 1);
  if (tokens.every((t) => /^\p{Lu}\.?$/u.test(t.text))) return [];
  if (tokens.every((t) => t.tags.has('SportsTeam') || t.tags.has('Organization'))) {
    return [{ first: a, last: b, type: 'Organization', strong: false }];
  }
  if (a === b && ACRONYM.test(first.text) && !NOT_ORG_ACRONYMS.has(first.text) && !ctx.capsLine.has(ctx.line[a]!)) {
    return [{ first: a, last: b, type: 'Organization', strong: false }];
  }
  if (tokens.every((t, j) => personish(ctx, a + j) || connectors.has(t.lower))) {
    if (a < b) return [{ first: a, last: b, type: 'Person', strong: false }];
    if (PERSON_TAGS.some((x) => first.tags.has(x)) || nearSpeechVerb(ctx, a)) return [{ first: a, last: b, type: 'Person', strong: false }];
  }
  if (a === b && !commonWord(ctx, a) && ['Place', 'Country', 'City', 'Region'].some((x) => first.tags.has(x))) return [{ first: a, last: b, type: 'Place', strong: false }];
  return [{ first: a, last: b, type: null, strong: false }];
}

/** "Quds Force of the Islamic Revolution Guards Corps": two known names joined by "of (the)". */
function splitAtOf(ctx: DocContext, a: number, b: number): Candidate[] | undefined {
  for (let k = a + 1; k < b; k++) {
    if (ctx.tokens[k]!.lower !== 'of') continue;
    const r = ctx.tokens[k + 1]!.lower === 'the' ? k + 2 : k + 1;
    const left = lookupName(textOf(ctx, a, k - 1));
    const right = r <= b ? lookupName(textOf(ctx, r, b)) : undefined;
    const lastLeft = ctx.tokens[k - 1]!;
    // "Karlsruhe of Germany", "President Tono Eitel of Germany"; not "Bank of England", "University of Texas".
    const head = orgLast.has(bare(lastLeft)) || orgFirst.has(bare(ctx.tokens[a]!)) || /^(?:republic|kingdom|state|states|emirates|city|isle|islands|province|duke|duchess|prince|king|queen|lord|earl|bishop)$/u.test(bare(lastLeft));
    if (!left && right?.type === 'Place' && !head && k > a) {
      return [...classifyRange(ctx, a, k - 1), { first: r, last: b, type: 'Place', strong: true, canonical: right.canonical }];
    }
    if (left && right) {
      return [
        { first: a, last: k - 1, type: left.type, strong: true, canonical: left.canonical },
        { first: r, last: b, type: right.type, strong: true, canonical: right.canonical },
      ];
    }
  }
  return undefined;
}

/** "Haniyeh added", "said Nakhala". */
function nearSpeechVerb(ctx: DocContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  const prev = ctx.tokens[i - 1];
  const tight = (t: Token | undefined, gap: string) => t && /^[\s,]*$/u.test(gap);
  return !!(
    (tight(next, ctx.tokens[i]!.post) && next && speechVerbs.has(next.lower)) ||
    (tight(prev, prev?.post ?? '') && prev && speechVerbs.has(prev.lower) && /^said|told|added$/u.test(prev.lower))
  );
}

/** The text of a candidate. */
export function surfaceOf(ctx: DocContext, r: TokenRange): string {
  return textOf(ctx, r.first, r.last);
}

/** The candidates a chunk holds. */
export function classifyChunk(ctx: DocContext, chunk: Chunk): Candidate[] {
  return classifyRange(ctx, chunk.first, chunk.last);
}
