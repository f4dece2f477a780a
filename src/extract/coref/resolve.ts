import type { DocEntity } from '../types.js';
import { resolveDescription, splitDescription } from './descriptions.js';
import type { Discourse, RefQuery, Said } from './discourse.js';
import { MAX_PARAGRAPHS_BACK } from './discourse.js';
import { buildProfiles, type EntityProfile } from './profiles.js';
import { resolvePronoun } from './pronouns.js';
import { DOCUMENT_HEADS, GENERIC_PERSON, ORG_HEADS } from './words.js';

export { splitDescription };
export type { RefKind, RefQuery } from './discourse.js';

// A possessive pronoun and one noun: "her statement", "his office".
const OWNED = /^(his|her|their|its)\s+([\p{L}-]+)$/iu;
const OWNER_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

const TYPE_RANK: Record<DocEntity['type'], number> = { Person: 3, Organization: 2, Place: 1 };

/**
 * Resolves speakers and addressees to document entities, reading the document in order: it
 * remembers who spoke last and who was spoken to, and matches descriptions against what the
 * document says about each entity (roles, nationality, appositions, gender).
 */
export class Resolver implements Discourse {
  readonly profiles: EntityProfile[];
  lastSpeaker: Said | null = null;
  lastAddressee: Said | null = null;
  readonly lastSpeakers = new Map<DocEntity['type'], Said>();
  readonly lastAddressees = new Map<DocEntity['type'], Said>();
  readonly statements: { start: number; end: number }[] = [];

  constructor(text: string, entities: readonly DocEntity[]) {
    this.profiles = buildProfiles(text, entities);
  }

  /** The profile of an entity key. */
  profile(key: string): EntityProfile | undefined {
    return this.profiles.find((p) => p.entity.key === key);
  }

  /** Record that `key` spoke (or was spoken to) at this paragraph, for later pronouns and descriptions. */
  note(role: 'speaker' | 'addressee', key: string | null, paragraph: number, at?: number): void {
    if (!key) return;
    const p = this.profile(key);
    if (p && at !== undefined && !p.positions.includes(at)) p.positions = [...p.positions, at].sort((a, b) => a - b);
    const said = { key, paragraph };
    if (role === 'speaker') {
      this.lastSpeaker = said;
      if (p) this.lastSpeakers.set(p.entity.type, said);
    } else {
      this.lastAddressee = said;
      if (p) this.lastAddressees.set(p.entity.type, said);
    }
  }

  /** Record a statement read (or a scene of talk): from its first word (content or speaker) to its last. */
  noteStatement(start: number, end: number): void {
    this.statements.push({ start, end });
  }

  /** The last speaker, if recent enough. */
  recentSpeaker(paragraph: number): string | null {
    return this.lastSpeaker && paragraph - this.lastSpeaker.paragraph <= MAX_PARAGRAPHS_BACK ? this.lastSpeaker.key : null;
  }

  /** The entity the words refer to, or null. */
  resolve(q: RefQuery): string | null {
    if (q.kind === 'pronoun') return resolvePronoun(this, q);
    const owned = q.kind === 'description' ? OWNED.exec(q.text) : null;
    if (owned) {
      const [, owner, head] = owned;
      // "her statement said": the document speaks for whoever "her" is
      if (DOCUMENT_HEADS.has(head!.toLowerCase())) return resolvePronoun(this, { ...q, text: OWNER_PRONOUN[owner!.toLowerCase()]!, kind: 'pronoun' });
      // "her office said": a body of hers, not the organisation named last
      if (ORG_HEADS.has(head!.toLowerCase())) return null;
    }
    const direct = this.byMention(q) ?? this.byName(q);
    if (direct) return direct;
    return q.kind === 'description' ? resolveDescription(this, q) : null;
  }

  /** An entity named in the words: for a description, in its head ("the Hamas’ official" is not Hamas). */
  private byMention(q: RefQuery): string | null {
    const parts = q.kind === 'description' ? splitDescription(q.text) : null;
    // a person named at the end of the words is who they are: "former Bank of Canada governor David Dodge"
    const named = this.profiles.find((p) => p.entity.type === 'Person' && p.entity.mentions.some((m) => m.end === q.end && m.start > q.start));
    if (named) return named.entity.key;
    // the head word itself: "The US officials" is not the United States
    const headEnd = parts ? q.start + parts.headAt + parts.head.length : q.end;
    const headStart = parts ? headEnd - (parts.head.split(/\s+/u).at(-1) ?? '').length : q.start;
    let best: { p: EntityProfile; len: number } | null = null;
    for (const p of this.profiles) {
      if (p.byline) continue;
      for (const m of p.entity.mentions) {
        const len = Math.min(m.end, headEnd) - Math.max(m.start, headStart);
        if (len <= 0) continue;
        if (parts && p.entity.type !== 'Person' && GENERIC_PERSON.has(parts.headWord)) continue;
        if (!best || TYPE_RANK[p.entity.type] > TYPE_RANK[best.p.entity.type] || (p.entity.type === best.p.entity.type && len > best.len)) best = { p, len };
      }
    }
    return best?.p.entity.key ?? null;
  }

  /** An entity by its name or an alias, or a person by surname. */
  private byName(q: RefQuery): string | null {
    const t = q.text.toLowerCase().replace(/[’']s?$/u, '');
    const bare = (w: string) => w.replace(/^(?:al|el|ad|as|ar|an|at)-/u, '');
    const last = bare(t.split(/\s+/u).at(-1) ?? t);
    const candidates = this.profiles.filter((p) => !p.byline);
    let hit: EntityProfile | undefined = candidates.find(
      (p) => p.entity.name.toLowerCase() === t || p.entity.aliases.some((a) => a.toLowerCase() === t),
    );
    hit ??= candidates.find((p) => p.entity.type === 'Person' && bare(p.entity.name.toLowerCase().split(/\s+/u).at(-1) ?? '') === last);
    return hit?.entity.key ?? null;
  }
}
