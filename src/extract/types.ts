import type { EntityType, Span, StanceValue, StatementKind } from '../snapshot/schema.js';

/**
 * The shapes that travel between the extract stages. A document is extracted on its own
 * (in a worker), with document-local entity keys; `link.ts` then merges the per-document
 * entities into corpus entities with stable ids, and `assemble.ts` writes the snapshot.
 */

/** One input document, as read (text UTF-8 decoded, BOM removed, nothing else changed). */
export interface SourceDocument {
  id: string;
  text: string;
  title?: string;
  url?: string;
  source?: string;
  publishedAt?: string;
  path?: string;
}

/** Metadata found in the text itself (headline, outlet, date, the byline's author). */
export interface DocumentMeta {
  title?: string;
  source?: string;
  publishedAt?: string;
  author?: string;
}

/** A role held by a person, from a title or an apposition ("Foreign Minister", "head of …"). */
export interface DocRole {
  role: string;
  /** Document-local key of the organisation or place the role is in, when the text says. */
  orgKey?: string;
  evidence: Span;
}

/** An entity as one document knows it; `key` is unique within the document only. */
export interface DocEntity {
  key: string;
  type: EntityType;
  /** The fullest name the document uses ("Ali Akbar Velayati"). */
  name: string;
  /** Every place the entity is named (not pronouns, not descriptions). */
  mentions: Span[];
  /** Other surface forms and descriptions used for it ("Velayati", "the Iranian official"). */
  aliases: string[];
  roles: DocRole[];
  /** Nationality or home country, as a place name ("Syria"), when the text gives it. */
  nationality?: string;
}

export interface DocEntityRef {
  /** Document-local entity key, or null where the words resolve to no entity. */
  key: string | null;
  text: string;
  start: number;
  end: number;
}

export interface DocStatement {
  kind: StatementKind;
  content: string;
  start: number;
  end: number;
  cue: Span | null;
  /** Class of the cue verb from the cue lexicon (say, claim, deny, warn …). */
  cueClass: string | null;
  speaker: DocEntityRef | null;
  addressee: DocEntityRef | null;
  /** Document-local keys of the entities the statement is about. */
  about: string[];
  /**
   * Entities the statement is about that the document has no entity for, because it names them
   * only by a description ("the Zionist regime" → Israel). For the linker to add or match.
   */
  aboutNames?: { type: EntityType; name: string }[];
  confidence: number;
  /** The speaker's stance towards each target of `about` (and of `aboutNames`, keyed `name:<Type>:<name>`). */
  stance?: DocStance[];
}

/** A stance towards one target, with a document-local key (see `src/extract/stance/`). */
export interface DocStance {
  key: string;
  stance: StanceValue;
  score: number;
  evidence: Span | null;
}

export interface DocRelation {
  type: string;
  fromKey: string;
  toKey: string;
  evidence: Span;
  properties?: Record<string, string | number | boolean | null>;
}

/** Everything extracted from one document. Pure data, cheap to send between threads. */
export interface DocExtraction {
  docId: string;
  meta: DocumentMeta;
  length: number;
  entities: DocEntity[];
  statements: DocStatement[];
  relations: DocRelation[];
  /** Things a reader of the output should know (a document cut short for NLP …). */
  notes?: string[];
}
