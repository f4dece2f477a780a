import type { EntityType } from '../../snapshot/schema.js';
import { lookupName } from '../entities/gazetteer.js';
import { fullestName, nameWords, plainWord } from '../names.js';
import { ROYAL_STYLES } from '../person-names.js';

/**
 * What linking across documents knows of an entity of one document: its type and the forms the
 * document names it by. Nothing else: the same units can be read back from a snapshot or from
 * Neo4j (an entity's mentions in a document), so the link over a whole graph loaded in shares
 * decides exactly as the link of one whole snapshot.
 */
export interface Unit {
  docId: string;
  type: EntityType;
  /**
   * The texts of its mentions in the document, each with how often; for a thing a statement is
   * about that the document never names ("the Zionist regime" → Israel), that thing's name, once.
   */
  forms: ReadonlyMap<string, number>;
  /**
   * False for a thing a statement is about that the document never names: its one form is the
   * thing's name, not words of the text, so it gives no alias and names a cluster only alone.
   */
  named: boolean;
}

/** A unit's name and the shape of it that linking uses. */
export interface UnitName {
  /** The fullest form: the gazetteer's name for it, else its longest form. */
  name: string;
  /** The gazetteer's canonical name, when one of its forms is in the gazetteer with its type. */
  canonical?: string;
  /** Name word keys (names.ts). */
  words: string[];
  /** A person named by a royal style and a given name ("Prince Charles"). */
  styled: boolean;
  /** A person's last name word as written (plainWord), to tell "Fox" from "Foxx". */
  surname?: string;
}

/** The gazetteer entry one of the forms names, first in code-point order. */
function canonicalOf(type: EntityType, forms: Iterable<string>): string | undefined {
  let found: string | undefined;
  for (const f of forms) {
    const g = lookupName(f);
    if (g && g.type === type && (found === undefined || g.canonical < found)) found = g.canonical;
  }
  return found;
}

/** Name a unit from its forms alone. */
export function nameUnit(u: Unit): UnitName {
  const canonical = u.type === 'Person' ? undefined : canonicalOf(u.type, u.forms.keys());
  const name = canonical ?? fullestName(u.forms.keys());
  const words = nameWords(name);
  if (canonical) return { name, canonical, words, styled: false };
  if (u.type !== 'Person') return { name, words, styled: false };
  const last = name.split(/\s+/u).at(-1)!;
  return { name, words, styled: words.length === 2 && ROYAL_STYLES.has(words[0]!), surname: plainWord(last) };
}

/**
 * A unit's forms from its mention texts (or the name of a unit without mentions), each with how
 * often, in composed Unicode (NFC): "José" typed with a combining accent names the same as "José".
 */
export function formsOf(texts: Iterable<string>): Map<string, number> {
  const forms = new Map<string, number>();
  for (const raw of texts) {
    const t = raw.normalize('NFC');
    forms.set(t, (forms.get(t) ?? 0) + 1);
  }
  return forms;
}
