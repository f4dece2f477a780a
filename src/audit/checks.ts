import { isTitleWord } from '../extract/entities/lexicon.js';
import { plainWord, wordKey } from '../extract/names.js';
import { isRoleNoun, ROYAL_STYLES } from '../extract/person-names.js';
import type { Entity, Snapshot } from '../snapshot/schema.js';

/**
 * What in a snapshot looks wrong, for a person to check. Each check is a function from the
 * snapshot to findings; none changes anything.
 */

/** One thing to check: which check found it, what it is about, and why it looks wrong. */
export interface Finding {
  check: CheckName;
  /** The entity, statement or document concerned. */
  id: string;
  /** What to look at, in a few words. */
  subject: string;
  detail: string;
}

export type CheckName = 'name-word' | 'common-alias' | 'shared-alias' | 'first-names' | 'place-speaker' | 'date-outlier';

/** Lower-case words that belong in names ("Ludwig van Beethoven", "Abu Mahdi al-Muhandis"). */
const PARTICLE = /^(?:de|del|della|di|da|du|des|la|le|van|von|der|den|ter|ten|al|el|bin|ibn|bint|y|dos|das|do|zu|af)$|^(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|abu|abd|d|o)['’‐-]\p{L}/u;

const words = (name: string) => name.split(/\s+/u).filter(Boolean);
const bare = (w: string) => w.toLowerCase().replace(/[.,;:]+$/u, '');

/** People whose names hold a lower-case word or a title ("of the Exchequer Gordon Brown", "Chancellor Brown"). */
export function nameWords(snapshot: Snapshot): Finding[] {
  const out: Finding[] = [];
  for (const e of snapshot.entities) {
    if (e.type !== 'Person') continue;
    const w = words(e.name);
    // A royal style before one given name is how such a person is named ("Prince Charles").
    const styled = w.length === 2 && ROYAL_STYLES.has(bare(w[0]!));
    // Titles and role nouns are glued on at the front; after a given name they are names
    // ("Mervyn King", "Sacha Baron Cohen").
    const titled = (x: string) => isTitleWord(bare(x)) || isRoleNoun(bare(x));
    let lead = 0;
    while (lead < w.length - 1 && titled(w[lead]!) && !(styled && lead === 0)) lead++;
    const bad = w.filter((x, i) => i < lead || (/^\p{Ll}/u.test(x) && !PARTICLE.test(x)));
    if (bad.length > 0) out.push({ check: 'name-word', id: e.id, subject: e.name, detail: `holds ${bad.map((x) => `"${x}"`).join(', ')}, not a name` });
  }
  return out;
}

/** Aliases that are ordinary words rather than names ("under", "leader"): lower case, or a title or role noun not in the name. */
export function commonAliases(snapshot: Snapshot): Finding[] {
  const out: Finding[] = [];
  for (const e of snapshot.entities) {
    const own = new Set(words(e.name).map(bare));
    for (const a of e.aliases) {
      const w = words(a);
      const lower = !/\p{Lu}/u.test(a);
      const ordinary = w.length === 1 && !own.has(bare(a)) && (isTitleWord(bare(a)) || isRoleNoun(bare(a)));
      if (lower || ordinary) out.push({ check: 'common-alias', id: e.id, subject: `${e.name}: "${a}"`, detail: lower ? 'an alias in lower case' : 'an alias that is a title or a role, not a name' });
    }
  }
  return out;
}

/** A form that two entities of one type go by (as an alias of one and an alias or the name of the other). */
export function sharedAliases(snapshot: Snapshot): Finding[] {
  const byForm = new Map<string, { e: Entity; asName: boolean }[]>();
  for (const e of snapshot.entities) {
    for (const [form, asName] of [[e.name, true], ...e.aliases.map((a) => [a, false] as const)] as const) {
      const k = `${e.type}\u0000${form.toLowerCase()}`;
      byForm.set(k, [...(byForm.get(k) ?? []), { e, asName }]);
    }
  }
  const out: Finding[] = [];
  for (const [k, users] of byForm) {
    if (new Set(users.map((u) => u.e.id)).size < 2 || users.every((u) => u.asName)) continue;
    const form = k.split('\u0000')[1]!;
    out.push({ check: 'shared-alias', id: users[0]!.e.id, subject: `"${form}"`, detail: `used by ${users.map((u) => `${u.e.id}${u.asName ? ' (name)' : ''}`).join(', ')}` });
  }
  return out;
}

/**
 * People merged from full names whose first names are two spellings of one name ("Qasem
 * Soleimani", "Qassem Soleimani"; "Eliot", "Elliot"): the transliteration-tolerant merge is right
 * for those, and wrong for two people whose names differ by a letter.
 */
export function firstNameSpellings(snapshot: Snapshot): Finding[] {
  const out: Finding[] = [];
  for (const e of snapshot.entities) {
    if (e.type !== 'Person') continue;
    const forms = new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]);
    const firsts = new Map<string, Set<string>>();
    for (const f of forms) {
      const w = words(f);
      if (w.length < 2 || w[0]!.replace(/\.$/u, '').length <= 1) continue;
      const last = plainWord(w.at(-1)!);
      firsts.set(last, (firsts.get(last) ?? new Set()).add(w[0]!));
    }
    for (const [, names] of firsts) {
      // Two spellings of one first name: alike once transliteration is aside, unlike as written.
      const byKey = new Map<string, Set<string>>();
      for (const n of names) byKey.set(wordKey(n), (byKey.get(wordKey(n)) ?? new Set()).add(plainWord(n)));
      for (const [key, spelled] of byKey) {
        if (spelled.size < 2) continue;
        const shown = [...names].filter((n) => wordKey(n) === key).sort();
        out.push({ check: 'first-names', id: e.id, subject: e.name, detail: `merged from the first names ${shown.map((n) => `"${n}"`).join(', ')}` });
      }
    }
  }
  return out;
}

/** Statements whose speaker resolved to a place ("Washington … assassinated him"). */
export function placeSpeakers(snapshot: Snapshot): Finding[] {
  const places = new Map(snapshot.entities.filter((e) => e.type === 'Place').map((e) => [e.id, e.name]));
  return snapshot.statements
    .filter((s) => s.speaker?.entityId && places.has(s.speaker.entityId))
    .map((s) => ({ check: 'place-speaker' as const, id: s.id, subject: `${places.get(s.speaker!.entityId!)}: "${s.content.length > 60 ? `${s.content.slice(0, 59)}…` : s.content}"`, detail: 'the speaker is a place' }));
}
