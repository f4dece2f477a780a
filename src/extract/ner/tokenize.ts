/**
 * CoNLL-like tokens with exact offsets. CoNLL-2003 text is already tokenised ("Britain 's",
 * "( Reuters )", "do n't"); news as published is not ("Britain's", "(Reuters)", "don't"). The
 * recognizer splits both the same way, so that a feature means the same on either, while every
 * token keeps its UTF-16 offsets into the original text: `text.slice(start, end)` is the token.
 */

/** One token: `[start, end)` into the text. */
export interface Span {
  start: number;
  end: number;
}

const CHUNK = /\S+/gu;
/** Marks that open a word and are never part of it. */
const OPENERS = new Set(['"', '“', '„', '«', '‘', '(', '[', '{', '¿', '¡', '‹', '*']);
/** Marks that close a word and are never part of it (the full stop and the apostrophe are decided apart). */
const CLOSERS = new Set(['"', '”', '»', '’', ')', ']', '}', ',', ';', ':', '!', '?', '›', '…', '*']);
const APOSTROPHE = /['’]/u;
/** Clitics split off the end of a word, as the Penn Treebank and CoNLL do ("Britain 's", "we 're"). */
const CLITIC = /^(.*\p{L})(['’](?:s|re|ve|ll|d|m))$/iu;
const NEGATION = /^(.*\p{L})(n['’]t)$/iu;
/** Words whose full stop is part of them: initials and acronyms ("J.", "U.S.", "a.m."). */
const DOTTED = /^(?:\p{L}\.)+$/u;
/** Abbreviations written with a full stop in news. Lower case, without it. */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof st jr sr gen col lt capt sgt cpl pvt spc pfc ssgt msgt cdr brig ens det insp supt msgr fr maj adm cmdr rep sen gov rev hon pres messrs mme mlle ' +
    'inc corp co ltd bros cos plc bhd pty assn dept ave blvd mt ft no nos vs etc approx est fig ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo')
    .split(' '),
);
/** A currency sign before a number ("$1.13bn", "£600m"): its own token, as in CoNLL. */
const CURRENCY_NUMBER = /^([$£€¥])(\d)/u;

/**
 * Split `text` into tokens. White space separates; quotation marks, brackets and sentence
 * punctuation are tokens of their own; a possessive or clitic ("'s", "n't", "'re") is cut off
 * its word; a full stop stays on initials, acronyms and known abbreviations ("U.S.", "Corp.");
 * hyphenated words ("U.S.-led", "al-Muhandis") and inner apostrophes ("O'Brien") stay whole.
 */
export function tokenizeText(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  CHUNK.lastIndex = from;
  for (let m = CHUNK.exec(text); m !== null && m.index < to; m = CHUNK.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    splitChunk(text, m.index, end, out);
  }
  return out;
}

/** Split one white-space-free chunk [s, e) into tokens, appending them to `out`. */
function splitChunk(text: string, s: number, e: number, out: Span[]): void {
  // A chunk of punctuation only ("--", "...", ".\"", "),"): runs of the same mark.
  if (!/[\p{L}\p{N}]/u.test(text.slice(s, e))) {
    let i = s;
    while (i < e) {
      let j = i + 1;
      while (j < e && text[j] === text[i]) j++;
      out.push({ start: i, end: j });
      i = j;
    }
    return;
  }
  const head: Span[] = [];
  while (s < e && (OPENERS.has(text[s]!) || (APOSTROPHE.test(text[s]!) && !startsClitic(text, s + 1, e)))) {
    head.push({ start: s, end: s + 1 });
    s++;
  }
  const tail: Span[] = [];
  for (;;) {
    const c = text[e - 1]!;
    if (e - s <= 1) break;
    // A closing apostrophe ("Nurses’", "the players'") is a token of its own, like a closing quote.
    if (CLOSERS.has(c) || c === "'") {
      tail.unshift({ start: e - 1, end: e });
      e--;
    } else if (c === '.') {
      if (text.slice(e - 3, e) === '...' && e - 3 > s) {
        tail.unshift({ start: e - 3, end: e });
        e -= 3;
      } else if (keepsFullStop(text.slice(s, e)) || (/^\d{1,3}\.$/u.test(text.slice(s, e)) && (s === 0 || text[s - 1] === '\n'))) {
        // "U.S.", "Corp.", and a rank opening a line of results ("2. Frankie Fredericks").
        break;
      }
      else {
        tail.unshift({ start: e - 1, end: e });
        e--;
      }
    } else break;
  }
  out.push(...head);
  splitCore(text, s, e, out);
  out.push(...tail);
}

/** Whether the characters from `at` to `e` are a clitic after an apostrophe ("'s", "'re"). */
function startsClitic(text: string, at: number, e: number): boolean {
  return /^(?:s|re|ve|ll|d|m)$/iu.test(text.slice(at, e).replace(/[^\p{L}]+$/u, ''));
}

/** Whether a word ending in a full stop keeps it: "U.S.", "J.", "Corp.", "Calif.". */
function keepsFullStop(word: string): boolean {
  if (DOTTED.test(word)) return true;
  const bare = word.slice(0, -1);
  if (bare.includes('.')) return /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(bare);
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/** Marks inside a word that stand between two words: a dash ("war—and"), a comma ("Appleton,31"; not "1,000"). */
const INNER_MARK = /[—–]|(?<!\d),|,(?!\d)/u;

/** Split the word between its outer marks: inner dashes and commas, clitics, a currency sign. */
function splitCore(text: string, s: number, e: number, out: Span[]): void {
  if (s >= e) return;
  const word = text.slice(s, e);
  const mark = INNER_MARK.exec(word);
  if (mark && mark.index > 0 && mark.index < word.length - 1) {
    splitChunk(text, s, s + mark.index, out);
    out.push({ start: s + mark.index, end: s + mark.index + 1 });
    splitChunk(text, s + mark.index + 1, e, out);
    return;
  }
  const currency = CURRENCY_NUMBER.exec(word);
  if (currency) {
    out.push({ start: s, end: s + 1 });
    splitCore(text, s + 1, e, out);
    return;
  }
  if (word.length > 2 && word.endsWith('%')) {
    out.push({ start: s, end: e - 1 }, { start: e - 1, end: e });
    return;
  }
  const neg = NEGATION.exec(word);
  if (neg) {
    out.push({ start: s, end: s + neg[1]!.length }, { start: s + neg[1]!.length, end: e });
    return;
  }
  const clitic = CLITIC.exec(word);
  if (clitic) {
    out.push({ start: s, end: s + clitic[1]!.length }, { start: s + clitic[1]!.length, end: e });
    return;
  }
  out.push({ start: s, end: e });
}
