import { orgKey } from '../names.js';
import type { Unit, UnitName } from './units.js';

/**
 * The company a person keeps: the names each document puts beside its entities. A lone surname
 * in one document ("Mr Brown") joins a full name of other documents ("Gordon Brown") only when
 * its document names things that the full name's documents name far more often than the corpus
 * does.
 */

/**
 * The keys a unit puts in its document's context, as the document of a lone surname sees them
 * (`own`) and as the documents of a full name do: a person named in full by their full name, a
 * person named only by a surname by that surname (and, in the full name's documents, every
 * person by their surname too, so that "Blair" beside "Brown" finds "Tony Blair" beside "Gordon
 * Brown"); an organisation by its name. Places are left out: a city or a country is shared by too
 * many people to tell two of them apart, and sports teams are often written as their place.
 */
export function contextKeys(u: Unit, n: UnitName, own: boolean): string[] {
  if (u.type === 'Person') {
    const last = `S|${n.words.at(-1) ?? ''}`;
    if (n.words.length < 2) return [last];
    return own ? [`N|${n.words.join(' ')}`] : [`N|${n.words.join(' ')}`, last];
  }
  return u.type === 'Organization' ? [`O|${n.canonical?.toLowerCase() ?? orgKey(n.name)}`] : [];
}

/** The context keys of every document, both ways, and how many documents hold each. */
export class Contexts {
  private readonly own = new Map<string, Set<string>>();
  private readonly theirs = new Map<string, Set<string>>();
  private readonly df = new Map<string, number>();

  constructor(units: readonly Unit[], names: readonly UnitName[]) {
    units.forEach((u, i) => {
      for (const [map, own] of [[this.own, true], [this.theirs, false]] as const) {
        let keys = map.get(u.docId);
        if (!keys) map.set(u.docId, (keys = new Set()));
        for (const k of contextKeys(u, names[i]!, own)) keys.add(k);
      }
    });
    for (const keys of this.theirs.values()) for (const k of keys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  /** The keys of the document of a lone surname. */
  ownOf(docId: string): ReadonlySet<string> {
    return this.own.get(docId) ?? new Set();
  }

  /** The keys of a document of a full name. */
  of(docId: string): ReadonlySet<string> {
    return this.theirs.get(docId) ?? new Set();
  }

  /** The share of documents that hold a key. */
  share(key: string): number {
    return (this.df.get(key) ?? 0) / this.theirs.size;
  }

  /**
   * The evidence a lone surname needs: in a small corpus, as much as one name that only its
   * document and the one document of a full name hold; in a large one, as much as a name the full
   * name's documents hold twenty times as often as the corpus does.
   */
  get threshold(): number {
    return Math.min(EVIDENCE_CAP, Math.log((this.theirs.size + 2) / 4));
  }
}

/** ln(20): the weight of a name found in one document in twenty. */
const EVIDENCE_CAP = Math.log(20);
