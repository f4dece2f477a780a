import type { EntityType } from '../../snapshot/schema.js';
import { countryOfDemonym } from '../entities/index.js';
import type { Token } from '../statements/tokens.js';
import type { DocEntity, DocStatement } from '../types.js';
import type { Anchor } from './view.js';
import { PREPOSITIONS, isBreak } from './words.js';

/** One entity a statement is about: a document entity, or a name the document has no entity for. */
export interface Target {
  key: string;
  type: EntityType;
  name: string;
  entity?: DocEntity;
}

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/** Head nouns of the descriptions that stand for a state or a group ("the Zionist regime", "the occupiers"). */
const STAND_IN_HEADS = new Set(['regime', 'entity', 'government', 'state', 'army', 'forces', 'occupiers', 'occupation', 'authorities', 'leadership', 'lobby', 'administration']);

/** Token indexes overlapping `[start, end)`, as one anchor, or null when none does. */
function anchorAt(tokens: readonly Token[], start: number, end: number): Anchor | null {
  let first = -1;
  let last = -1;
  tokens.forEach((t, i) => {
    if (t.start < end && t.end > start) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : { first, last };
}

/** Where a target is named in the content: its mentions, and for a country its demonym ("Israeli crimes"). */
function namedAnchors(tokens: readonly Token[], target: Target, st: DocStatement): Anchor[] {
  const out: Anchor[] = [];
  for (const m of target.entity?.mentions ?? []) {
    if (m.start < st.start || m.end > st.end) continue;
    const a = anchorAt(tokens, m.start, m.end);
    if (a) out.push(a);
  }
  if (target.type === 'Place') {
    const name = target.name.toLowerCase();
    tokens.forEach((t, i) => {
      if (t.word && t.cap && countryOfDemonym(t.text)?.toLowerCase() === name) out.push({ first: i, last: i });
    });
  }
  return out;
}

/**
 * The descriptions in the content that may stand for a target named outside it: a capitalised word
 * that is nobody's name ("Zionists", "the Zionist regime"), "the regime", "the occupiers"; failing
 * those, a demonstrative phrase ("this cancerous tumor", for a target the sentence names in a
 * "referring to …" after the quote).
 */
function standInAnchors(tokens: readonly Token[], named: readonly boolean[]): Anchor[] {
  const out: Anchor[] = [];
  tokens.forEach((t, i) => {
    const head = tokens[i + 1] && STAND_IN_HEADS.has(tokens[i + 1]!.lower) ? i + 1 : i;
    if (t.word && t.cap && !named[i] && i > 0 && /^\p{Lu}\p{Ll}{3,}$/u.test(t.text)) out.push({ first: i, last: head });
    else if (t.lower === 'the' && tokens[i + 1] && STAND_IN_HEADS.has(tokens[i + 1]!.lower) && !named[i + 1]) out.push({ first: i, last: i + 1 });
  });
  if (out.length) return out;
  tokens.forEach((t, i) => {
    if (!DEMONSTRATIVES.has(t.lower)) return;
    let j = i + 1;
    while (j <= i + 3 && tokens[j]?.word && !PREPOSITIONS.has(tokens[j]!.lower) && !named[j]) j++;
    if (j > i + 1 && (isBreak(tokens[j], true) || PREPOSITIONS.has(tokens[j]?.lower ?? '') || j === tokens.length)) out.push({ first: i, last: j - 1 });
  });
  return out;
}

/**
 * Where each target is named in a statement's content. Targets named by their mentions or demonyms
 * come first; when exactly one target is left, the content's "you" (a quote said to its addressee)
 * or its stand-in descriptions are taken for it. A target left without an anchor can still be
 * judged by the cue ("condemned X") but by nothing inside the content.
 */
export function anchorTargets(tokens: readonly Token[], targets: readonly Target[], st: DocStatement, named: readonly boolean[]): Map<string, Anchor[]> {
  const anchors = new Map<string, Anchor[]>();
  const left: Target[] = [];
  for (const target of targets) {
    const found = namedAnchors(tokens, target, st);
    if (found.length) anchors.set(target.key, found);
    else left.push(target);
  }
  if (left.length !== 1) return anchors;
  const you = st.addressee ? tokens.flatMap((t, i) => (SECOND_PERSON.has(t.lower) ? [{ first: i, last: i }] : [])) : [];
  const taken = new Set([...anchors.values()].flat().flatMap((a) => [a.first, a.last]));
  const standIns = standInAnchors(tokens, named).filter((a) => !taken.has(a.first) && !taken.has(a.last));
  const chosen = you.length ? you : standIns;
  if (chosen.length) anchors.set(left[0]!.key, chosen);
  return anchors;
}
