import { ALLY_NOUNS, FREEING_VERBS, FRIENDLY_VERBS, HOSTILE_ACT_NOUNS, HOSTILE_VERBS, OPPOSING_NOUNS, valenceOf } from './lexicon.js';
import { type Anchor, type Evidence, type StanceView, evidenceOf, isPossessive, onSpeakerSide } from './view.js';
import { isBreak, isDeterminer, isQuoteMark, lemmaIn } from './words.js';

/**
 * Whose side a target is on in the sentence: backed ("support for X", "alignment with …,
 * especially X", "we will defend X"), or opposed ("the fight against X", "must expel X",
 * "free Y from X").
 */

const RELATION_WEIGHT = 0.6;
const BRIDGES = new Set(['especially', 'particularly', 'notably', 'including', 'namely', 'mainly', 'chiefly']);
/** Words before a verb that make it the speaker's own call: "to expel", "must expel", "we will defeat". */
const ENDORSING = new Set(['to', 'must', 'should', 'will', 'shall', 'would', 'can', 'could', "let's", 'let', 'need', 'we', 'i', 'us']);

/**
 * Where the phrase that a target belongs to starts: over a list it closes ("A, B and X") and over
 * the phrase it exemplifies ("friendly countries and nations, especially X").
 */
function phraseStart(view: StanceView, a: Anchor): number {
  const { tokens } = view;
  let i = a.first;
  while (isDeterminer(tokens[i - 1]) || isQuoteMark(tokens[i - 1])) i--;
  if (BRIDGES.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower === 'as' && tokens[i - 2]?.lower === 'such')) {
    i -= tokens[i - 1]!.lower === 'as' ? 2 : 1;
    if (tokens[i - 1]?.text === ',') i--;
    while (i > 0 && tokens[i - 1]!.word && !/^(?:with|for|to|towards|toward|against|on|of)$/u.test(tokens[i - 1]!.lower)) i--;
    return i;
  }
  // a list: "Lebanon, Syria and X"
  while (tokens[i - 1] && (tokens[i - 1]!.lower === 'and' || tokens[i - 1]!.text === ',') && tokens[i - 2] && (view.owner[i - 2] || view.named[i - 2])) {
    i -= 2;
    while (i > 0 && (view.owner[i - 1] || view.named[i - 1] || isDeterminer(tokens[i - 1]))) i--;
  }
  return i;
}

/** Whether the verb at `v` is the speaker's call rather than a third party's deed. */
function endorsed(view: StanceView, v: number): boolean {
  let k = v - 1;
  while (k >= 0 && /^(?:also|never|not|eventually|finally|soon|continue|always|be|able|ultimately|together)$|ly$/u.test(view.tokens[k]!.lower)) k--;
  const before = view.tokens[k];
  return !before || isBreak(before, true) || ENDORSING.has(before.lower) || onSpeakerSide(view, k);
}

/** A verb (one word or two) ending just before token `i` whose lemma is in `set`: where it starts, and the lemma. */
function verbBefore(view: StanceView, i: number, set: ReadonlySet<string>): { at: number; lemma: string } | null {
  const t = view.tokens;
  const one = t[i - 1]?.word ? lemmaIn(t[i - 1]!.lower, set) : null;
  if (one) return { at: i - 1, lemma: one };
  const two = t[i - 2]?.word && t[i - 1]?.word ? lemmaIn(`${t[i - 2]!.lower} ${t[i - 1]!.lower}`, set) : null;
  return two ? { at: i - 2, lemma: two } : null;
}

/** Evidence of the side a target is put on: relation nouns, verbs with it as object, a list it exemplifies. */
export function sideEvidence(view: StanceView, a: Anchor): Evidence[] {
  const { tokens } = view;
  const out: Evidence[] = [];
  const start = phraseStart(view, a);
  const prep = tokens[start - 1]?.lower ?? '';
  // "alignment with …, especially X": in the span the bridge covers, judging words count too
  if (start < a.first) {
    for (let j = start; j < a.first; j++) {
      const v = view.named[j] || view.owner[j] ? 0 : valenceOf(tokens[j]!.lower, false);
      if (v) out.push(evidenceOf(view, j, j, v, 'bridge'));
    }
  }
  // a relation noun before a preposition: "support for X", "the fight against X"
  let n = start - 2;
  while (n >= 0 && !tokens[n]!.word) n--;
  const noun = tokens[n]?.lower ?? '';
  if (/^(?:with|for|to|towards|toward)$/u.test(prep) && ALLY_NOUNS.has(noun)) out.push(evidenceOf(view, n, start - 1, RELATION_WEIGHT, 'ally'));
  if (/^(?:against|on|upon)$/u.test(prep) && (OPPOSING_NOUNS.has(noun) || HOSTILE_ACT_NOUNS.has(noun))) {
    // whose deed: "our strikes on X" is the speaker's side against X; "Russia's war on X" is not
    let owner = n - 1;
    while (owner >= 0 && tokens[owner]!.word && !isPossessive(tokens[owner]) && !isDeterminer(tokens[owner]) && n - owner < 3) owner--;
    const ours = owner >= 0 && onSpeakerSide(view, owner);
    const others = owner >= 0 && !ours && (isPossessive(tokens[owner]) || (tokens[owner]!.cap && !!view.named[owner])) && tokens[owner]!.lower !== 'the';
    if (ours || (OPPOSING_NOUNS.has(noun) && !others)) out.push(evidenceOf(view, n, start - 1, -RELATION_WEIGHT, 'oppose'));
  }
  // a verb with the target as object: "defend X", "must expel X", "free X from"
  let o = a.first;
  while (isDeterminer(tokens[o - 1]) || isQuoteMark(tokens[o - 1])) o--;
  for (const [set, sign] of [[FRIENDLY_VERBS, 1], [HOSTILE_VERBS, -1]] as const) {
    const verb = verbBefore(view, o, set);
    if (verb && endorsed(view, verb.at)) out.push(evidenceOf(view, verb.at, o - 1, sign * RELATION_WEIGHT, 'verb'));
  }
  // "free Y from X": X is what the speaker wants gone
  if (prep === 'from') {
    for (let v = start - 2; v >= Math.max(0, start - 6) && !isBreak(tokens[v], true); v--) {
      if (lemmaIn(tokens[v]!.lower, FREEING_VERBS) && endorsed(view, v)) {
        out.push(evidenceOf(view, v, v, -RELATION_WEIGHT, 'freed-from'));
        break;
      }
    }
  }
  return out;
}
