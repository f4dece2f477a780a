import type { EntityType } from '../../snapshot/schema.js';
import { isAcronym, nameWords } from '../names.js';
import { slug } from '../slug.js';
import { Contexts } from './context.js';
import { clusterPeople } from './people.js';
import { clusterThings } from './things.js';
import { nameUnit, type Unit, type UnitName } from './units.js';

/** One real thing across the corpus: its id, name, aliases and the units that name it. */
export interface Cluster {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Indices into the units given to linkUnits, in the order given. */
  units: number[];
}

/**
 * Link units into clusters, one per real thing. The answer depends only on the set of units,
 * never on their order or on how the corpus was cut into shares: names, ids and aliases are
 * decided from the units alone (ties broken by code-point order), so a snapshot's linking and
 * `claimgraph link` over a graph loaded in shares agree.
 */
export function linkUnits(units: readonly Unit[]): Cluster[] {
  const names = units.map(nameUnit);
  const contexts = new Contexts(units, names);
  const people: number[] = [];
  const things: number[] = [];
  units.forEach((u, i) => (u.type === 'Person' ? people : things).push(i));
  const groups = [...clusterPeople(units, names, people, contexts), ...clusterThings(units, names, things)].map((g) => [...g].sort((a, b) => a - b));
  // Ids in an order the units decide (the first document and name of each cluster), not the input's.
  const anchor = (g: number[]) => g.map((i) => `${units[i]!.docId}\u0000${names[i]!.name}`).sort()[0]!;
  const ranked = groups.map((g) => ({ g, anchor: anchor(g) })).sort((a, b) => (a.anchor < b.anchor ? -1 : a.anchor > b.anchor ? 1 : 0));
  const used = new Set<string>();
  const clusters = ranked.map(({ g }): Cluster => {
    const type = units[g[0]!]!.type;
    const named = g.filter((i) => units[i]!.named);
    const name = clusterName((named.length > 0 ? named : g).map((i) => names[i]!));
    const base = `${type.toLowerCase()}:${slug(name)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, type, name, aliases: aliasesOf(name, type, named.map((i) => units[i]!)), units: g };
  });
  dropSharedAliases(clusters);
  return clusters.sort((a, b) => a.units[0]! - b.units[0]!);
}

/**
 * An alias identifies its entity only where no other entity of its type goes by it: "Williams",
 * said of Serena Williams in one article and of Robbie Williams in another, is an alias of
 * neither (their mentions stay). A search for it then offers both names rather than one.
 */
function dropSharedAliases(clusters: Cluster[]): void {
  const users = new Map<string, Set<Cluster>>();
  const key = (c: Cluster, form: string) => `${c.type}\u0000${form.toLowerCase()}`;
  for (const c of clusters) for (const form of [c.name, ...c.aliases]) (users.get(key(c, form)) ?? users.set(key(c, form), new Set()).get(key(c, form))!).add(c);
  for (const c of clusters) c.aliases = c.aliases.filter((a) => users.get(key(c, a))!.size === 1);
}

/**
 * A cluster's name: the gazetteer's, else the fullest name its units use, the most used of
 * those when several are equally full (then the longest, then the first in code-point order).
 */
function clusterName(names: UnitName[]): string {
  const canon = tally(names.flatMap((n) => (n.canonical ? [n.canonical] : [])));
  if (canon.size > 0) return best(canon, () => 0);
  const used = tally(names.map((n) => n.name));
  return best(used, (s) => (isAcronym(s) ? -1000 : 0) + nameWords(s).length);
}

function tally(items: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** The highest by rank, then count, then length, then code-point order. */
function best(counts: Map<string, number>, rank: (s: string) => number): string {
  return [...counts].sort(([a, na], [b, nb]) => rank(b) - rank(a) || nb - na || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0]![0];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The other forms the documents name a thing by, in code-point order (a set, as the graph keeps
 * it). A person's bare first name
 * is left out ("Tony" for Tony Blair): it names many people and would tie them together; so is,
 * later, a form another entity goes by too (dropSharedAliases).
 */
function aliasesOf(name: string, type: EntityType, units: Unit[]): string[] {
  const counts = new Map<string, number>();
  for (const u of units) for (const [f, n] of u.forms) counts.set(f, (counts.get(f) ?? 0) + n);
  counts.delete(name);
  const words = nameWords(name);
  if (type === 'Person' && words.length >= 2) {
    for (const f of [...counts.keys()]) {
      const w = nameWords(f);
      if (w.length === 1 && w[0] === words[0] && w[0] !== words.at(-1)) counts.delete(f);
    }
  }
  return [...counts.keys()].sort(byCodePoint);
}

