import type { DocEntity } from '../types.js';
import { bylineSpans } from './byline.js';
import { gendersOf, type Gender } from './gender.js';
import { featuresOf } from './words.js';

/** What a document says about one entity, for matching descriptions and pronouns against it. */
export interface EntityProfile {
  entity: DocEntity;
  /** Comparable words from its name, roles, nationality and the text around its mentions. */
  features: Set<string>;
  /** Keys of organisations named in its appositions ("head of … Hamas"): what "you" speak for. */
  affiliations: string[];
  /** Mention starts (and where it spoke or was spoken to), sorted. */
  positions: number[];
  /** A person's gender where the document shows it, else null (any pronoun may stand for them). */
  gender: Gender | null;
  /** Named only in the byline: the reporter, never a speaker. */
  byline: boolean;
  /**
   * The mentions that are possessives ("Williamson's approach": modifiers, not subjects), by
   * start, each with the span of its sentence.
   */
  possessives: Map<number, { start: number; end: number }>;
}

const TITLE_WORD = /^(?:\p{Lu}[\p{L}’'\-.]*|of|the|for|and)$/u;

/** Capitalised title words just before a mention ("visiting Syrian Foreign Minister" → Syrian Foreign Minister). */
function titleBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 80), start);
  const words = before.split(/\s+/u).filter(Boolean);
  if (/\s$/u.test(before) === false) words.pop();
  const taken: string[] = [];
  while (words.length && taken.length < 6) {
    const w = words.pop()!;
    if (!TITLE_WORD.test(w) || /[,.;:]$/.test(w)) break;
    taken.unshift(w);
  }
  return taken.join(' ');
}

/** Lower-case role words just before a mention ("rookie defenceman Caleb Jones", "finance director Priya Raman"). */
function roleBefore(text: string, start: number): string {
  const m = /((?:\p{Ll}[\p{L}-]*\s+){1,3})$/u.exec(text.slice(Math.max(0, start - 60), start));
  return m ? m[1]! : '';
}

/** The apposition or relative clause right after a mention (", head of the Political Bureau of …,"). */
function appositionAfter(text: string, end: number): { text: string; start: number; end: number } | null {
  const m = /^[’']?s?,\s+([^,.;:\n“”"]{3,160})/u.exec(text.slice(end, end + 200));
  if (!m) return null;
  const start = end + m.index + m[0].length - m[1]!.length;
  return { text: m[1]!, start, end: start + m[1]!.length };
}

/** The description an entity is named in apposition to: "the city's finance director, Priya Raman,". */
function appositionBefore(text: string, start: number): string {
  const m = /(?:^|[.;:\n“"]\s*|,\s+)((?:the|a|an|its|their)\s+[^,.;:\n“”"]{3,80}),\s+$/iu.exec(text.slice(Math.max(0, start - 100), start));
  return m ? m[1]! : '';
}

/** Build a profile for each entity of a document. */
export function buildProfiles(text: string, entities: readonly DocEntity[]): EntityProfile[] {
  const orgs = entities.filter((e) => e.type === 'Organization');
  const genders = gendersOf(text, entities);
  const bylines = bylineSpans(text);
  return entities.map((entity) => {
    const features = new Set<string>();
    const affiliations: string[] = [];
    const add = (s: string | undefined) => s && featuresOf(s).forEach((f) => features.add(f));
    add(entity.name);
    entity.aliases.forEach(add);
    for (const r of entity.roles) {
      add(r.role);
      if (r.orgKey) {
        add(entities.find((e) => e.key === r.orgKey)?.name);
        if (!affiliations.includes(r.orgKey)) affiliations.push(r.orgKey);
      }
    }
    add(entity.nationality);
    if (entity.type === 'Person') {
      for (const m of entity.mentions) {
        add(titleBefore(text, m.start));
        add(roleBefore(text, m.start));
        add(appositionBefore(text, m.start));
        const app = appositionAfter(text, m.end);
        if (!app) continue;
        add(app.text);
        // the organisation named last is the one the role is in: "head of the Political Bureau of … Hamas"
        let last: { key: string; at: number } | null = null;
        for (const o of orgs) {
          for (const om of o.mentions) if (om.start >= app.start && om.end <= app.end && (!last || om.start > last.at)) last = { key: o.key, at: om.start };
        }
        if (last && !affiliations.includes(last.key)) affiliations.push(last.key);
      }
    }
    const positions = entity.mentions.map((m) => m.start).sort((a, b) => a - b);
    const byline = entity.mentions.length > 0 && entity.mentions.every((m) => bylines.some((b) => m.start >= b.start && m.end <= b.end));
    const possessives = new Map<number, { start: number; end: number }>();
    for (const m of entity.mentions) {
      if (!/^[’']/u.test(text.slice(m.end, m.end + 1)) && !/[’']s?$/u.test(text.slice(m.start, m.end))) continue;
      const stop = /[.!?\n]/u.exec(text.slice(m.end));
      const start = Math.max(...['.', '!', '?', '\n'].map((c) => text.lastIndexOf(c, m.start - 1))) + 1;
      possessives.set(m.start, { start, end: stop ? m.end + stop.index : text.length });
    }
    return { entity, features, affiliations, positions, gender: genders.get(entity.key) ?? null, byline, possessives };
  });
}
