import type { EntityType } from '../../snapshot/schema.js';

/** A token range [first..last] (inclusive) of the document's tokens. */
export interface TokenRange {
  first: number;
  last: number;
}

/** A possible entity mention found by the rules, before the document-wide pass. */
export interface Candidate extends TokenRange {
  /** null while the rules cannot tell; the document-wide pass may decide it. */
  type: EntityType | null;
  /** Strong: a gazetteer, a title or a pattern said so; weak: a guess from the shape of the words. */
  strong: boolean;
  /** Canonical name from the gazetteer ("Iran" for "Islamic Republic of Iran"). */
  canonical?: string;
  /** The title in front of a person ("Foreign Minister"), outside the mention. */
  title?: TokenRange;
  /** Country from a demonym or a place before the title ("Syrian", "Iran's", "US"). */
  nationality?: string;
  /** Where the nationality was read. */
  nationalityRange?: TokenRange;
  /** The organisation or place candidate the title belongs to ("US" in "US President Joe Biden"). */
  roleOf?: Candidate;
  /** A nickname in quotation marks inside the name (`Tex` in `Richard "Tex" Coe`). */
  nickname?: TokenRange;
}
