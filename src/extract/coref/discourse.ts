import type { DocEntity } from '../types.js';
import type { EntityProfile } from './profiles.js';

/** How the words naming someone look. */
export type RefKind = 'name' | 'pronoun' | 'description';

/** A reference to resolve: words in the text, where they are, and in what role. */
export interface RefQuery {
  text: string;
  start: number;
  end: number;
  kind: RefKind;
  role: 'speaker' | 'addressee';
  /** Paragraph index of the reference. */
  paragraph: number;
  /** An entity the reference cannot be (the speaker, when resolving the addressee). */
  exclude?: string | null;
  /** The words of the statement, when quoted: someone named inside a quote is not who says it. */
  quoted?: { start: number; end: number } | null;
}

/** Who spoke, or was spoken to, and in which paragraph. */
export interface Said {
  key: string;
  paragraph: number;
}

/** How far back (in paragraphs) the last speaker still counts for a pronoun or a description. */
export const MAX_PARAGRAPHS_BACK = 8;

/** What the resolvers of pronouns and descriptions read of the document read so far. */
export interface Discourse {
  readonly profiles: readonly EntityProfile[];
  /** The last speaker of each entity type. */
  readonly lastSpeakers: ReadonlyMap<DocEntity['type'], Said>;
  readonly lastSpeaker: Said | null;
  readonly lastAddressee: Said | null;
  readonly lastAddressees: ReadonlyMap<DocEntity['type'], Said>;
  /** The statements read so far (their words and their speaker's): a name inside one is no new subject. */
  readonly statements: readonly { start: number; end: number }[];
  profile(key: string): EntityProfile | undefined;
}

/**
 * The person named latest after the last statement and outside every statement, before `before`:
 * someone the narrative has just brought in ("Councillor Tom Brennan was not convinced."). A
 * possessive after the subject of its sentence is no such naming: in "Ann Lee agreed with Bob
 * Ray's plan. She said …", she is Ann Lee (but "Mr. Ray's speech, in which he said": Ray).
 */
export function newlyNamed(d: Discourse, before: number, accept: (p: EntityProfile) => boolean): string | null {
  const last = d.statements.at(-1);
  if (!last) return null;
  const from = last.end;
  const inStatement = (at: number) => d.statements.some((s) => at >= s.start && at < s.end);
  const named: { key: string; at: number; sentence?: { start: number; end: number } }[] = [];
  for (const p of d.profiles) {
    if (!accept(p)) continue;
    for (const m of p.entity.mentions) {
      if (m.start >= from && m.start < before && !inStatement(m.start)) named.push({ key: p.entity.key, at: m.start, sentence: p.possessives.get(m.start) });
    }
  }
  named.sort((a, b) => b.at - a.at);
  const modifier = (n: (typeof named)[number]) =>
    !!n.sentence && n.sentence.end < before && named.some((o) => !o.sentence && o.at >= n.sentence!.start && o.at < n.at);
  return named.find((n) => !modifier(n))?.key ?? null;
}

/** The last speaker (of a type, if given), if recent enough. */
export function recentSpeaker(d: Discourse, paragraph: number, type?: DocEntity['type']): string | null {
  const s = type ? d.lastSpeakers.get(type) ?? null : d.lastSpeaker;
  return s && paragraph - s.paragraph <= MAX_PARAGRAPHS_BACK ? s.key : null;
}

/** The entity among those accepted whose last position before `before` is latest, if at or after `minAt`. */
export function mostRecent(d: Discourse, before: number, minAt: number, accept: (p: EntityProfile) => boolean): string | null {
  let best: { key: string; at: number } | null = null;
  for (const p of d.profiles) {
    if (!accept(p)) continue;
    for (const at of p.positions) if (at < before && (!best || at > best.at)) best = { key: p.entity.key, at };
  }
  return best && best.at >= minAt ? best.key : null;
}

/** Whether an entity is named inside a span (a quotation). */
export function namedInside(p: EntityProfile, span: { start: number; end: number } | null | undefined): boolean {
  return !!span && p.entity.mentions.some((m) => m.start >= span.start && m.end <= span.end);
}
