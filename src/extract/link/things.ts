import { initials, isAcronym, nameWords, orgKey } from '../names.js';
import { lookupName } from '../entities/gazetteer.js';
import { apartInDocuments } from './apart.js';
import type { Unit, UnitName } from './units.js';

/**
 * Organisations and places across documents: units that share a gazetteer entry, a name
 * (transliteration-tolerant, "the" and plural s aside) or an acronym are one thing; the forms of
 * one unit are one thing too, which is how a document's "Islamic Revolution Guards Corps (IRGC)"
 * ties the acronym to the name. An acronym that no document spells out joins the one name in the
 * corpus with those initials ("IRGC" → "Islamic Revolution Guards Corps"), and stays apart when
 * two names have them.
 */

/** The names a form of a unit is known by. */
function formKeys(u: Unit, form: string): string[] {
  const keys: string[] = [];
  const gaz = lookupName(form);
  if (gaz && gaz.type === u.type) keys.push(`g|${gaz.canonical.toLowerCase()}`);
  if (isAcronym(form)) keys.push(`a|${form.replace(/\./gu, '')}`);
  else keys.push(`n|${orgKey(form)}`);
  return keys.map((k) => `${u.type}|${k}`);
}

/** Union-find over strings. */
class Union {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  join(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    // The smaller root wins, so the result does not depend on the order of the joins.
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** Group the organisation and place units: each cluster a list of unit indices. */
export function clusterThings(units: readonly Unit[], names: readonly UnitName[], things: number[]): number[][] {
  const union = new Union();
  const keysOf = new Map<number, string[]>();
  for (const i of things) {
    const u = units[i]!;
    const keys = [...u.forms.keys()].flatMap((f) => formKeys(u, f));
    keysOf.set(i, keys);
    for (const k of keys) union.join(keys[0]!, k);
  }
  const members = new Map<string, number[]>();
  for (const i of things) {
    const root = union.find(keysOf.get(i)![0]!);
    members.set(root, [...(members.get(root) ?? []), i]);
  }
  // Acronym-only clusters join the one organisation whose name (of three words or more) has those initials.
  const byInitials = new Map<string, Set<string>>();
  for (const [root, list] of members) {
    for (const i of list) {
      if (units[i]!.type !== 'Organization') continue;
      for (const f of units[i]!.forms.keys()) {
        if (isAcronym(f) || nameWords(f).length < 3) continue;
        const k = initials(f);
        byInitials.set(k, (byInitials.get(k) ?? new Set()).add(root));
      }
    }
  }
  const joins = new Map<string, string>();
  for (const [root, list] of members) {
    const only = list.flatMap((i) => [...units[i]!.forms.keys()]);
    if (units[list[0]!]!.type !== 'Organization' || !only.every(isAcronym) || names[list[0]!]!.canonical) continue;
    const holders = new Set([...new Set(only.map((f) => f.replace(/\./gu, '')))].flatMap((a) => [...(byInitials.get(a) ?? [])]));
    holders.delete(root);
    if (holders.size === 1) joins.set(root, [...holders][0]!);
  }
  for (const [root, target] of apartInDocuments(joins, (r) => members.get(r)!.map((i) => units[i]!.docId))) {
    members.get(target)!.push(...members.get(root)!);
    members.delete(root);
  }
  return [...members.values()];
}
