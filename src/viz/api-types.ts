/**
 * The shapes of the explorer's JSON API, shared by the server and the page (types only, so the
 * page bundle takes nothing from the server).
 */

export type EntityTypeName = 'Person' | 'Organization' | 'Place';
export type KindName = 'direct' | 'partial' | 'indirect';
/** `about`: the speaker said something about the target; `addressed`: said it to the target. */
export type EdgeRel = 'about' | 'addressed';

export interface MetaResponse {
  source: 'snapshot' | 'neo4j';
  /** The snapshot path or the Neo4j URI, for the page title. */
  label: string;
  counts: { documents: number; entities: number; statements: number };
  documents: { id: string; title?: string; source?: string; publishedAt?: string }[];
  outlets: string[];
  dates: { min: string | null; max: string | null };
  /** Whether document texts were given (so statements come with their sentence). */
  hasTexts: boolean;
  /** Whether the Cypher box is available (Neo4j source only). */
  cypher: boolean;
}

/** One entry of the type-ahead index: every entity, whatever the filters. */
export interface EntityEntry {
  id: string;
  name: string;
  type: EntityTypeName;
  aliases: string[];
  /** Statements said plus mentions, over the whole graph. */
  weight: number;
}

export interface GraphNode {
  id: string;
  label: string;
  type: EntityTypeName;
  /** Statements this entity is the speaker of (within the filters). */
  quoted: number;
  /** Times named in the documents within the filters. */
  mentioned: number;
  /** Statements about or addressed to it. */
  targeted: number;
  /** Server-side layout position (stable across filters). */
  x: number;
  y: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  rel: EdgeRel;
  count: number;
  kinds: Record<KindName, number>;
}

export interface GraphResponse {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** How much the filters left of the whole graph. */
  totals: {
    nodes: number;
    edges: number;
    statements: number;
    /** Entities without links left out by `cap` (the least quoted and mentioned). */
    capped: number;
  };
}

/** A highlighted range of a sentence, in UTF-16 offsets relative to the sentence text. */
export interface SentenceMark {
  start: number;
  end: number;
  kind: 'quote' | 'speaker' | 'addressee' | 'cue' | 'name';
  entityId?: string;
}

export interface RefView {
  entityId: string | null;
  /** The entity's name when resolved, else the words of the text. */
  name: string;
  text: string;
}

export interface StatementView {
  id: string;
  kind: KindName;
  content: string;
  confidence: number;
  cue: string | null;
  cueClass: string | null;
  speaker: RefView | null;
  addressee: RefView | null;
  about: { id: string; name: string; type: EntityTypeName }[];
  doc: { id: string; title?: string; source?: string; publishedAt?: string; url?: string };
  /** The sentence(s) holding the statement, when the document text is known. */
  sentence: { text: string; offset: number; marks: SentenceMark[]; clippedStart: boolean; clippedEnd: boolean } | null;
}

export interface StatementsResponse {
  total: number;
  statements: StatementView[];
}

export interface CypherResponse {
  columns: string[];
  rows: unknown[][];
  graph: { nodes: { id: string; labels: string[]; name: string; properties: Record<string, unknown> }[]; edges: { id: string; source: string; target: string; type: string }[] };
  truncated: boolean;
  ms: number;
}

export interface ErrorResponse {
  error: string;
}
