import { Contexts } from './context.js';
import { apartInDocuments } from './apart.js';
import type { Unit, UnitName } from './units.js';

/**
 * People across documents. Full names join when they are the same, or when one holds the other
 * with the same surname and only one fuller name holds it ("George Bush" → "George W Bush",
 * "G Brown" → "Gordon Brown"). A lone surname ("Blair", from a document that says only "Mr
 * Blair") joins the full name with that surname whose documents share the most uncommon names
 * with its own, when that evidence is strong and not split between two people; otherwise it stays
 * a person of its own. A shared first name or royal given name is never evidence: "Prince
 * Charles", "Charles Kennedy" and "Ray Charles" stay three people.
 */

interface NameGroup {
  key: string;
  words: string[];
  styled: boolean;
  units: number[];
}

/** A word of a shorter name matches a word of a fuller one when equal, or as its initial ("g", "gordon"). */
const wordMatch = (short: string, full: string) => short === full || (short.length === 1 && full.startsWith(short));

/**
 * Whether `a` is a less full form of the same name as `b`: its words in order among b's, with the
 * same surname. Its first word is b's first word, or, when written out, a later given name of b
 * ("Akbar Velayati" of "Ali Akbar Velayati"); an initial stands for a first name only ("S
 * Thompson" is not "Hunter S Thompson").
 */
function lessFull(a: NameGroup, b: NameGroup): boolean {
  if (a === b || a.styled !== b.styled || a.words.at(-1) !== b.words.at(-1)) return false;
  const first = a.words[0]!;
  if (!wordMatch(first, b.words[0]!) && (first.length === 1 || a.words.some((w) => w.length === 1))) return false;
  let j = 0;
  for (const w of b.words) if (j < a.words.length && wordMatch(a.words[j]!, w)) j++;
  if (j < a.words.length) return false;
  const size = (g: NameGroup) => g.words.reduce((n, w) => n + w.length, 0);
  return b.words.length > a.words.length || (b.words.length === a.words.length && size(b) > size(a));
}

/** Group the person units: each cluster a list of unit indices, in no particular order. */
export function clusterPeople(units: readonly Unit[], names: readonly UnitName[], people: number[], contexts: Contexts): number[][] {
  const groups = new Map<string, NameGroup>();
  const lone: number[] = [];
  for (const i of people) {
    const n = names[i]!;
    if (n.words.length === 0) continue;
    if (n.words.length === 1) {
      lone.push(i);
      continue;
    }
    const key = n.words.join(' ');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, words: n.words, styled: n.styled, units: [] }));
    g.units.push(i);
  }
  const top = apartInDocuments(fullestHolders([...groups.values()]), (g) => g.units.map((i) => units[i]!.docId));
  const clusters = new Map<NameGroup, number[]>();
  for (const g of groups.values()) {
    const t = top.get(g) ?? g;
    const list = clusters.get(t) ?? [];
    clusters.set(t, list.concat(g.units));
  }
  const full: Holder[] = [...clusters].map(([g, members]) => ({ last: g.words.at(-1)!, styled: g.styled, surnames: new Set(members.map((m) => names[m]!.surname!)), full: [...members], members }));
  const lonely = new Map<string, number[]>();
  const bySurname = new Map<string, typeof full>();
  for (const c of full) if (!c.styled) bySurname.set(c.last, [...(bySurname.get(c.last) ?? []), c]);
  const evidence = new EvidenceCache(units, contexts);
  const fullSurnames = new Set(full.flatMap((c) => c.full.map((m) => `${units[m]!.docId}\u0000${c.last}`)));
  for (const i of lone) {
    const w = names[i]!.words[0]!;
    // Its document names a person of that surname in full and kept them apart ("Mrs Howard"
    // beside Michael Howard): no one else's full name is its name either.
    if (fullSurnames.has(`${units[i]!.docId}\u0000${w}`)) {
      lonely.set(w, [...(lonely.get(w) ?? []), i]);
      continue;
    }
    const holders = (bySurname.get(w) ?? []).filter((h) => h.surnames.has(names[i]!.surname!));
    const target = bestHolder(units, i, w, holders, evidence, contexts);
    if (target) target.members.push(i);
    else lonely.set(w, [...(lonely.get(w) ?? []), i]);
  }
  return [...full.map((c) => c.members), ...lonely.values()];
}

/** For each name group, the one fullest group it belongs to, where there is exactly one. */
function fullestHolders(groups: NameGroup[]): Map<NameGroup, NameGroup> {
  const byLast = new Map<string, NameGroup[]>();
  for (const g of groups) byLast.set(g.words.at(-1)!, [...(byLast.get(g.words.at(-1)!) ?? []), g]);
  const tops = new Map<NameGroup, Set<NameGroup>>();
  const topsOf = (g: NameGroup): Set<NameGroup> => {
    const known = tops.get(g);
    if (known) return known;
    const fuller = byLast.get(g.words.at(-1)!)!.filter((b) => lessFull(g, b));
    const found = new Set<NameGroup>();
    if (fuller.length === 0) found.add(g);
    for (const b of fuller) for (const t of topsOf(b)) found.add(t);
    tops.set(g, found);
    return found;
  };
  const out = new Map<NameGroup, NameGroup>();
  for (const g of groups) {
    const t = topsOf(g);
    if (t.size === 1) out.set(g, [...t][0]!);
  }
  return out;
}

/** Names a lone surname's document must share with a full name's documents: one may be chance. */
const MIN_SHARED = 2;

/** A cluster of full names, and the lone surnames that joined it. */
interface Holder {
  last: string;
  styled: boolean;
  /** Its surnames as written: a lone surname must be one of them, not merely alike ("Fox", "Foxx"). */
  surnames: Set<string>;
  /** Its full-name units: the only ones its evidence is read from, so no join depends on another. */
  full: number[];
  members: number[];
}

/** The context of a cluster's documents: how many of them hold each key, and how many there are. */
class EvidenceCache {
  private readonly cache = new Map<number[], { counts: Map<string, number>; docs: number }>();
  constructor(private readonly units: readonly Unit[], private readonly contexts: Contexts) {}

  of(members: number[]): { counts: Map<string, number>; docs: number } {
    let found = this.cache.get(members);
    if (!found) {
      const docs = new Set(members.map((m) => this.units[m]!.docId));
      const counts = new Map<string, number>();
      for (const doc of docs) for (const k of this.contexts.of(doc)) counts.set(k, (counts.get(k) ?? 0) + 1);
      this.cache.set(members, (found = { counts, docs: docs.size }));
    }
    return found;
  }
}

/** How much likelier the best full name must be than the next: ten times. */
const MARGIN = Math.log(10);

/**
 * The full-name cluster a lone surname joins. Each name its document shares with a cluster's
 * documents counts by how much more often the cluster's documents hold it than the corpus does
 * (the log of the ratio, when above one; a cluster's rate is drawn towards the corpus's by one
 * document's worth, so that a person of one article is not sure evidence). At least two names must
 * count, one of them a person named in full or an organisation, and reach the threshold. Among the
 * clusters with evidence, the best, its evidence weighed with how many documents name it, must be
 * ten times likelier than the next: otherwise the evidence is split, and the surname stays apart.
 */
function bestHolder(units: readonly Unit[], i: number, surname: string, holders: Holder[], evidence: EvidenceCache, contexts: Contexts): Holder | undefined {
  const docId = units[i]!.docId;
  const own = contexts.ownOf(docId);
  const scored = holders
    // A person of the same document is someone else: the document would have joined them.
    .filter((h) => !h.full.some((m) => units[m]!.docId === docId))
    .map((h) => {
      const theirs = evidence.of(h.full);
      let score = 0;
      let keys = 0;
      let named = 0;
      for (const k of own) {
        const n = k === `S|${surname}` ? 0 : theirs.counts.get(k) ?? 0;
        const share = contexts.share(k);
        const weight = n > 0 ? Math.log((n + share) / (theirs.docs + 1) / share) : 0;
        if (weight <= 0) continue;
        [score, keys] = [score + weight, keys + 1];
        if (!k.startsWith('S|')) named++;
      }
      // Surnames alone are no evidence: a team sheet of Williamses and Joneses matches any Welsh side.
      const sure = keys >= MIN_SHARED && named > 0 && score >= contexts.threshold;
      return { h, score, sure, total: score + Math.log(theirs.docs) };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.total - a.total);
  const [best, next] = scored;
  if (!best || !best.sure || (next && best.total - next.total < MARGIN)) return undefined;
  return best.h;
}
