import type { Entity, EntityType } from '../snapshot/schema.js';
import { lookupName } from './entities/gazetteer.js';
import { initials, isSubsequence, nameWords, orgKey } from './names.js';
import { slug } from './slug.js';
import type { DocEntity, DocExtraction } from './types.js';

/** Corpus entities, and for each document the map from its local keys to their ids. */
export interface LinkedEntities {
  entities: Entity[];
  idOf(docId: string, key: string): string | undefined;
}

interface Cluster {
  /** Place in creation order: the first cluster that fits wins. */
  order: number;
  type: EntityType;
  /** Canonical name from a gazetteer, which wins over the names the documents use. */
  canonical?: string;
  words: string[];
  /** Every name the documents use, with how often. */
  names: Map<string, number>;
  members: { docId: string; entity: DocEntity }[];
}

/**
 * The person clusters by their name words and by their last word, kept up to date as a cluster
 * takes a longer name. It replaces a scan of all clusters per person, which made linking grow
 * with the square of the corpus (seconds for a few thousand articles, on the main thread).
 */
class PeopleIndex {
  private readonly byWords = new Map<string, Cluster[]>();
  private readonly byLast = new Map<string, Cluster[]>();

  /** Give a person cluster the name words `words`. */
  rename(c: Cluster, words: string[]): void {
    if (c.words.length > 0) {
      pull(this.byWords, c.words.join(' '), c);
      pull(this.byLast, c.words.at(-1)!, c);
    }
    c.words = words;
    if (words.length > 0) {
      push(this.byWords, words.join(' '), c);
      push(this.byLast, words.at(-1)!, c);
    }
  }

  /** The person clusters whose words are exactly `words`, in creation order. */
  named(words: string[]): Cluster[] {
    return inOrder(this.byWords.get(words.join(' ')));
  }

  /** The person clusters of two or more words whose last word is `last`, in creation order. */
  fullNamesEndingIn(last: string): Cluster[] {
    return inOrder(this.byLast.get(last)).filter((c) => c.words.length >= 2);
  }
}

function push(map: Map<string, Cluster[]>, key: string, c: Cluster): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

function pull(map: Map<string, Cluster[]>, key: string, c: Cluster): void {
  const list = map.get(key)!;
  list.splice(list.indexOf(c), 1);
}

const inOrder = (list: Cluster[] | undefined) => (list ? [...list].sort((a, b) => a.order - b.order) : []);

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,5}$/u;

/** The lookup keys of a place or organisation: gazetteer entry, each name, acronyms. */
function keysOf(e: DocEntity): string[] {
  const names = [e.name, ...e.mentions.map((m) => m.text)];
  const keys = new Set<string>();
  for (const n of names) {
    const gaz = lookupName(n);
    if (gaz && gaz.type === e.type) keys.add(`g|${gaz.canonical.toLowerCase()}`);
    if (ACRONYM.test(n)) keys.add(`a|${n.replace(/\./gu, '')}`);
    else {
      keys.add(`n|${orgKey(n)}`);
      if (e.type === 'Organization' && nameWords(n).length >= 3) keys.add(`a|${initials(n)}`);
    }
  }
  return [...keys].map((k) => `${e.type}|${k}`);
}

/**
 * Merge the entities of all documents into one entity per real thing.
 * Places and organisations merge by gazetteer entry, name (transliteration-tolerant) or acronym
 * ("IRGC" = "Islamic Revolution Guards Corps"). People merge when their names are the same, or
 * one full name holds the other with at least two words in common ("Ali Khamenei" and "Seyyed
 * Ali Khamenei"); a lone surname joins a full name only when exactly one person in the corpus has
 * that surname. Canonical names are the gazetteer's, else the fullest, most used form; ids are
 * `type:slug` in order of first appearance, so the same input gives the same ids.
 */
export function linkEntities(extractions: DocExtraction[]): LinkedEntities {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const people = new PeopleIndex();
  const join = (c: Cluster, docId: string, e: DocEntity) => {
    c.members.push({ docId, entity: e });
    for (const n of [e.name, ...e.mentions.map((m) => m.text)]) c.names.set(n, (c.names.get(n) ?? 0) + 1);
    const w = nameWords(e.name);
    if (w.length > c.words.length) {
      if (c.type === 'Person') people.rename(c, w);
      else c.words = w;
    }
  };
  const fresh = (e: DocEntity, canonical?: string): Cluster => {
    const c: Cluster = { order: clusters.length, type: e.type, words: [], names: new Map(), members: [] };
    if (canonical) c.canonical = canonical;
    clusters.push(c);
    return c;
  };
  const lonePeople: { docId: string; entity: DocEntity }[] = [];
  for (const ex of extractions) {
    for (const e of ex.entities) {
      if (e.type === 'Person') {
        const words = nameWords(e.name);
        if (words.length < 2) {
          lonePeople.push({ docId: ex.docId, entity: e });
          continue;
        }
        const same = people.named(words)[0];
        const sub = same ?? people.fullNamesEndingIn(words.at(-1)!).find((c) => isSubsequence(words, c.words) || isSubsequence(c.words, words));
        join(sub ?? fresh(e), ex.docId, e);
        continue;
      }
      const keys = keysOf(e);
      const found = keys.map((k) => byKey.get(k)).find(Boolean);
      const gaz = lookupName(e.name);
      const c = found ?? fresh(e, gaz?.type === e.type ? gaz.canonical : undefined);
      join(c, ex.docId, e);
      for (const k of keys) if (!byKey.has(k)) byKey.set(k, c);
    }
  }
  for (const { docId, entity } of lonePeople) {
    const w = nameWords(entity.name)[0];
    const same = w === undefined ? [] : people.named([w]);
    const full = w === undefined ? [] : people.fullNamesEndingIn(w);
    join(same[0] ?? (full.length === 1 ? full[0]! : fresh(entity)), docId, entity);
  }
  return build(clusters);
}

/** Names, ids and mentions of the clusters. */
function build(clusters: Cluster[]): LinkedEntities {
  const keyMap = new Map<string, string>();
  const usedIds = new Set<string>();
  const entities = clusters.map((c) => {
    const name = c.canonical ?? [...c.names].sort(([a, na], [b, nb]) =>
      nameWords(b).length - nameWords(a).length || (ACRONYM.test(a) ? 1 : 0) - (ACRONYM.test(b) ? 1 : 0) || nb - na || a.localeCompare(b))[0]![0];
    const base = `${c.type.toLowerCase()}:${slug(name)}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    const entity: Entity = { id, type: c.type, name, aliases: [], mentions: [] };
    for (const { docId, entity: e } of c.members) {
      for (const m of e.mentions) entity.mentions.push({ docId, start: m.start, end: m.end, text: m.text });
      for (const a of [e.name, ...e.aliases]) if (a !== name && !entity.aliases.includes(a)) entity.aliases.push(a);
      keyMap.set(`${docId}\u0000${e.key}`, id);
    }
    return entity;
  });
  return { entities, idOf: (docId, key) => keyMap.get(`${docId}\u0000${key}`) };
}
