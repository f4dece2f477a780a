import { tokenize } from '../statements/tokens.js';
import type { DocEntity, DocStance, DocStatement } from '../types.js';
import { type Target, anchorTargets } from './anchors.js';
import { cueEvidence, cuePolarity, withheldCue } from './cue.js';
import { decide } from './decide.js';
import { labelEvidence } from './labels.js';
import { predicateEvidence } from './predicate.js';
import { sideEvidence } from './sides.js';
import type { Evidence, StanceView } from './view.js';
import { isBreak, isNegator } from './words.js';

/** The key a target named only by `aboutNames` gets in `DocStatement.stance`. */
export function aboutNameKey(type: string, name: string): string {
  return `name:${type}:${name}`;
}

/** How many tokens before a judging word a negation reaches ("are not terrorists", "far from being mere proxies"). */
const NEGATION_REACH = 3;

/** A judging word under negation counts half, the other way ("not a friend" leans against, weakly). */
function negated(view: StanceView, e: Evidence): Evidence {
  const at = view.tokens.findIndex((t) => t.start === e.start);
  for (let i = at - 1; i >= Math.max(0, at - NEGATION_REACH); i--) {
    if (isBreak(view.tokens[i], true)) break;
    if (isNegator(view.tokens, i)) return { ...e, weight: -e.weight / 2, rule: `${e.rule}:negated` };
  }
  return e;
}

const keyed = (entities: readonly DocEntity[]) => new Map(entities.map((e) => [e.key, e]));
const mentionSpans = (entities: readonly DocEntity[]) => entities.flatMap((e) => e.mentions);

/** The speaker's side: the speaker, the organisations it holds roles in, its country. */
function speakerSide(st: DocStatement, byKey: Map<string, DocEntity>, entities: readonly DocEntity[]): Set<string> {
  const side = new Set<string>();
  const speaker = st.speaker?.key ? byKey.get(st.speaker.key) : undefined;
  if (!speaker) return side;
  side.add(speaker.key);
  for (const r of speaker.roles) if (r.orgKey) side.add(r.orgKey);
  const country = speaker.nationality?.toLowerCase();
  for (const e of entities) if (country && e.type === 'Place' && e.name.toLowerCase() === country) side.add(e.key);
  return side;
}

/** The stance of one statement's speaker towards each entity it is about. */
export function stanceOf(text: string, st: DocStatement, entities: readonly DocEntity[], byKey = keyed(entities), mentions = mentionSpans(entities)): DocStance[] {
  const targets: Target[] = [
    ...st.about.flatMap((key) => {
      const entity = byKey.get(key);
      return entity ? [{ key, type: entity.type, name: entity.name, entity }] : [];
    }),
    ...(st.aboutNames ?? []).map((n) => ({ key: aboutNameKey(n.type, n.name), type: n.type, name: n.name })),
  ];
  if (!targets.length) return [];
  const tokens = tokenize(text, st.start, st.end);
  const inside = mentions.filter((m) => m.start < st.end && m.end > st.start);
  const named = tokens.map((t) => inside.some((m) => t.start < m.end && t.end > m.start));
  const anchors = anchorTargets(tokens, targets, st, named);
  const owner = tokens.map((_, i) => [...anchors].find(([, list]) => list.some((a) => a.first <= i && i <= a.last))?.[0] ?? null);
  const view: StanceView = { tokens, owner, named, side: speakerSide(st, byKey, entities), reported: st.kind !== 'direct' };
  const cueWeight = cuePolarity(st);
  const withheld = st.cue ? withheldCue(text, st, tokenize(text, Math.max(0, st.cue.start - 60), st.cue.start)) : null;
  return targets.map(({ key }) => {
    const evidence = (anchors.get(key) ?? []).flatMap((a) => [
      ...[...labelEvidence(view, a), ...predicateEvidence(view, a), ...sideEvidence(view, a)].map((e) => negated(view, e)),
      ...cueEvidence(view, st, a, cueWeight),
    ]);
    const { stance, score, evidence: span } = decide(dedupe(evidence), withheld);
    return { key, stance, score, evidence: span && { text: text.slice(span.start, span.end), ...span } };
  });
}

/** The same words found by two anchors or two rules count once (the first finding stands). */
function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = `${e.start}:${e.end}`;
    return !seen.has(k) && (seen.add(k), true);
  });
}

/** Every statement of a document with its stances (statements about no entity get none). Pure. */
export function addStances(text: string, statements: readonly DocStatement[], entities: readonly DocEntity[]): DocStatement[] {
  const byKey = keyed(entities);
  const mentions = mentionSpans(entities);
  return statements.map((st) => {
    const stance = stanceOf(text, st, entities, byKey, mentions);
    return stance.length ? { ...st, stance } : st;
  });
}
