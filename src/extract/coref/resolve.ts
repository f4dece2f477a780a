import type { DocEntity } from '../types.js';
import { buildProfiles, type EntityProfile } from './profiles.js';
import { featureOf, featuresOf, ORG_HEADS } from './words.js';

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
}

interface Said {
  key: string;
  paragraph: number;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const TYPE_RANK: Record<DocEntity['type'], number> = { Person: 3, Organization: 2, Place: 1 };
const MAX_PARAGRAPHS_BACK = 8;
// Singular heads that, unmatched, most likely mean whoever was just speaking.
const GENERIC_PERSON = new Set(['official', 'aide', 'advisor', 'adviser', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'envoy', 'leader', 'commander', 'president', 'source', 'politician', 'cleric', 'head', 'chief', 'secretary', 'lawmaker', 'senator', 'fm']);

/**
 * Resolves speakers and addressees to document entities, reading the document in order: it
 * remembers who spoke last and who was spoken to, and matches descriptions against what the
 * document says about each entity (roles, nationality, appositions).
 */
export class Resolver {
  private readonly profiles: EntityProfile[];
  private lastSpeaker: Said | null = null;
  private readonly lastAddressees = new Map<DocEntity['type'], Said>();
  private lastAddressee: Said | null = null;

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
    if (role === 'speaker') this.lastSpeaker = { key, paragraph };
    else {
      this.lastAddressee = { key, paragraph };
      if (p) this.lastAddressees.set(p.entity.type, { key, paragraph });
    }
  }

  /** The last speaker, if recent enough. */
  recentSpeaker(paragraph: number): string | null {
    return this.lastSpeaker && paragraph - this.lastSpeaker.paragraph <= MAX_PARAGRAPHS_BACK ? this.lastSpeaker.key : null;
  }

  /** The entity the words refer to, or null. */
  resolve(q: RefQuery): string | null {
    if (q.kind === 'pronoun') return this.pronoun(q);
    const direct = this.byMention(q) ?? this.byName(q);
    if (direct) return direct;
    return q.kind === 'description' ? this.description(q) : null;
  }

  private byMention(q: RefQuery): string | null {
    const parts = q.kind === 'description' ? splitDescription(q.text) : null;
    // in a description only a mention of its head counts ("the Hamas’ official" is not Hamas)
    // the head word itself: "The US officials" is not the United States
    const headEnd = parts ? q.start + parts.headAt + parts.head.length : q.end;
    const headStart = parts ? headEnd - (parts.head.split(/\s+/u).at(-1) ?? '').length : q.start;
    let best: { p: EntityProfile; len: number } | null = null;
    for (const p of this.profiles) {
      for (const m of p.entity.mentions) {
        const len = Math.min(m.end, headEnd) - Math.max(m.start, headStart);
        if (len <= 0) continue;
        if (parts && p.entity.type !== 'Person' && GENERIC_PERSON.has(parts.headWord)) continue;
        if (!best || TYPE_RANK[p.entity.type] > TYPE_RANK[best.p.entity.type] || (p.entity.type === best.p.entity.type && len > best.len)) best = { p, len };
      }
    }
    return best?.p.entity.key ?? null;
  }

  private byName(q: RefQuery): string | null {
    const t = q.text.toLowerCase().replace(/[’']s?$/u, '');
    const bare = (w: string) => w.replace(/^(?:al|el|ad|as|ar|an|at)-/u, '');
    const last = bare(t.split(/\s+/u).at(-1) ?? t);
    let hit: EntityProfile | undefined = this.profiles.find(
      (p) => p.entity.name.toLowerCase() === t || p.entity.aliases.some((a) => a.toLowerCase() === t),
    );
    hit ??= this.profiles.find((p) => p.entity.type === 'Person' && bare(p.entity.name.toLowerCase().split(/\s+/u).at(-1) ?? '') === last);
    return hit?.entity.key ?? null;
  }

  private mostRecent(before: number, minAt: number, accept: (p: EntityProfile) => boolean): string | null {
    let best: { key: string; at: number } | null = null;
    for (const p of this.profiles) {
      if (!accept(p)) continue;
      for (const at of p.positions) if (at < before && (!best || at > best.at)) best = { key: p.entity.key, at };
    }
    return best && best.at >= minAt ? best.key : null;
  }

  private pronoun(q: RefQuery): string | null {
    const w = q.text.toLowerCase();
    const recent = this.recentSpeaker(q.paragraph);
    const notExcluded = (p: EntityProfile) => p.entity.key !== q.exclude;
    if (PERSON_PRONOUNS.has(w)) {
      if (recent && recent !== q.exclude && this.isType(recent, 'Person')) return recent;
      return this.mostRecent(q.start, 0, (p) => p.entity.type === 'Person' && notExcluded(p) && p.entity.key !== this.lastAddressee?.key);
    }
    if (w === 'they' || w === 'it' || w === 'them') {
      if (recent && recent !== q.exclude && this.isType(recent, 'Organization')) return recent;
      return this.mostRecent(q.start, Math.max(0, q.start - 600), (p) => p.entity.type === 'Organization' && notExcluded(p));
    }
    return null;
  }

  private isType(key: string, type: DocEntity['type']): boolean {
    return this.profile(key)?.entity.type === type;
  }

  private description(q: RefQuery): string | null {
    const { head: headText, headWord, related } = splitDescription(q.text);
    const wantOrg = ORG_HEADS.has(headWord);
    const head = featureOf(headWord)[0];
    const own = featuresOf(headText);
    const other = featuresOf(related);
    const recent = q.role === 'speaker' ? this.recentSpeaker(q.paragraph) : this.lastAddressees.get(wantOrg ? 'Organization' : 'Person')?.key ?? null;
    const possessive = /[’']/u.test(related) && !/\s(?:of|to|on|for|at|in|with|from)\s/u.test(` ${related} `);
    let best: { key: string; score: number } | null = null;
    for (const p of this.profiles) {
      if (p.entity.key === q.exclude) continue;
      if (wantOrg ? p.entity.type !== 'Organization' : p.entity.type !== 'Person') continue;
      // "Imam Khamenei’s Advisor" is not Khamenei: the entity a description relates to is not its referent
      const name = featuresOf(p.entity.name);
      if (related && name.some((f) => other.includes(f) && f.length > 3)) continue;
      let score = 0;
      let modifiers = 0;
      for (const f of own) {
        if (!p.features.has(f)) continue;
        score += f === head ? 2 : 1;
        if (f !== head) modifiers++;
      }
      // "the resistance forces" is not any organisation with forces in its name
      if (wantOrg && (modifiers === 0 || score - modifiers < 2)) continue;
      let relatedHits = 0;
      for (const f of other) if (p.features.has(f)) relatedHits++;
      score += relatedHits * (possessive ? 1 : 0.5);
      // "a spokesman for the IRGC" is not any spokesman: the related part must fit too
      if (related && !possessive && relatedHits === 0) score -= 1.5;
      if (score <= 0) continue;
      if (p.entity.key === recent) score += 0.5;
      const lastBefore = p.positions.filter((x) => x < q.start).at(-1);
      if (lastBefore === undefined) score -= 0.5; // named only later: cataphora is rarer
      else score += 0.25 * (lastBefore / Math.max(1, q.start)); // more recent is likelier
      if (!best || score > best.score) best = { key: p.entity.key, score };
    }
    if (best && best.score >= 0.75) return best.key;
    // "the official said" right after someone spoke: the same speaker
    const gap = this.lastSpeaker ? q.paragraph - this.lastSpeaker.paragraph : Infinity;
    if (q.role === 'speaker' && GENERIC_PERSON.has(headWord) && gap <= 3 && recent && recent !== q.exclude && this.isType(recent, 'Person')) return recent;
    // "a spokesman for the IRGC": the organisation speaks
    if (related && !wantOrg) {
      let org: EntityProfile | null = null;
      let most = 0;
      for (const p of this.profiles) {
        if (p.entity.type !== 'Organization') continue;
        const n = featuresOf(p.entity.name);
        const shared = n.filter((f) => other.includes(f)).length;
        if (shared > most && shared >= Math.min(2, n.length)) [org, most] = [p, shared];
      }
      if (org && /^(?:spokes|repres|offic|source|envoy|ambas|deleg)/u.test(headWord)) return org.entity.key;
    }
    return null;
  }
}

/**
 * The head part of a description and the part about someone else: "Imam Khamenei’s Advisor" →
 * head "Advisor", related "Imam Khamenei"; "Advisor to Leader … on international affairs" → head
 * "Advisor", related "Leader … affairs".
 */
export function splitDescription(text: string): { head: string; headAt: number; headWord: string; related: string } {
  let head = text;
  let headAt = 0;
  let related = '';
  const prep = /\s(?:of|to|on|for|at|in|with|from)\s/u.exec(text);
  if (prep) {
    related = text.slice(prep.index);
    head = text.slice(0, prep.index);
  }
  const poss = /^.*[’'](?:s\b)?\s+/u.exec(head);
  if (poss) {
    related = `${head.slice(0, poss[0].length)} ${related}`.trim();
    headAt = poss[0].length;
    head = head.slice(headAt);
  }
  const headWord = (head.split(/\s+/u).at(-1) ?? '').toLowerCase().replace(/[’']s?$/u, '');
  return { head, headAt, headWord, related };
}
