/**
 * The shapes of the explorer's JSON API, shared by the server and the page (types only, so the
 * page bundle takes nothing from the server).
 */

export type EntityTypeName = 'Person' | 'Organization' | 'Place';
export type KindName = 'direct' | 'partial' | 'indirect';
/** A speaker's side towards a target: backs it, attacks it, or neither (or not judged). */
export type StanceName = 'support' | 'oppose' | 'neutral';
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
  /** Whether statements carry stances (support / oppose / neutral), and repeated claims. */
  hasStance: boolean;
  hasClaims: boolean;
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
  /** The overview's score: statements said + statements about or to it + a tenth of its mentions. */
  score: number;
  /** Drawn size (px at zoom 1), by score relative to the view's highest. */
  size: number;
  /** Index into `GraphResponse.communities`, or null (not grouped in this view). */
  community: number | null;
  /** Position in this view, computed on the server (the same view always gets the same positions). */
  x: number;
  y: number;
}

/** A community (Louvain, on the whole filtered network) as drawn: a group named by its leading members. */
export interface CommunityInfo {
  id: number;
  label: string;
  size: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  rel: EdgeRel;
  /** Statements behind the edge, copies of a repeated claim included. */
  count: number;
  /** Distinct claims behind it: copies of one repeated claim count once (the edge's thickness). */
  claims: number;
  kinds: Record<KindName, number>;
  /** Statement-target pairs by the speaker's side (about edges; addressed edges count all as neutral). */
  stances: Record<StanceName, number>;
}

export interface GraphResponse {
  nodes: GraphNode[];
  edges: GraphEdge[];
  communities: CommunityInfo[];
  /** What this view is: the summary, a focus with its steps, or everything. */
  view: { mode: 'overview' | 'focus' | 'all'; budget: number; focus?: string; steps?: number; score: string };
  /** Entities of the filtered network left out of this view (for "show more" / "+ step"). */
  more: number;
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
  kind: 'quote' | 'speaker' | 'addressee' | 'cue' | 'name' | 'stance' | 'hit';
  entityId?: string;
  /** For `stance` marks: the side these words decided. */
  stance?: StanceName;
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
  /** The speaker's side towards each judged target. */
  stance: { entityId: string; name: string; stance: StanceName; score: number; evidence: string | null }[];
  /** The repeated claim it belongs to: how many copies, in which other documents and outlets. */
  claim: { id: string; copies: number; otherDocuments: number; otherOutlets: string[]; firstSeen: { docId: string; publishedAt?: string; source?: string } } | null;
  doc: { id: string; title?: string; source?: string; publishedAt?: string; url?: string };
  /** The sentence(s) holding the statement, when the document text is known. */
  sentence: { text: string; offset: number; marks: SentenceMark[]; clippedStart: boolean; clippedEnd: boolean } | null;
}

export interface StatementsResponse {
  total: number;
  statements: StatementView[];
  /** With a search: who said the matching statements, most first (at most 200). */
  speakers?: { id: string; name: string; count: number }[];
}

/** An entity named with the number of statements behind the link. */
export interface EntityCount {
  id: string;
  name: string;
  type: EntityTypeName;
  count: number;
}

/** Everything the profile shows of one entity, within the filters. */
export interface EntityProfile {
  id: string;
  name: string;
  type: EntityTypeName;
  aliases: string[];
  /** Roles and affiliations (HOLDS_ROLE, AFFILIATED_WITH …), both ways. */
  relations: { type: string; role: string | null; other: { id: string; name: string; type: EntityTypeName } | null; outgoing: boolean; docId: string; count: number }[];
  counts: { said: number; to: number; about: number; mentioned: number; documents: number };
  talksAbout: EntityCount[];
  talkedAboutBy: EntityCount[];
  /** Statements by month (YYYY-MM), said / to / about; empty when no document has a date. */
  timeline: { month: string; said: number; to: number; about: number }[];
  documents: { id: string; title?: string; source?: string; publishedAt?: string; statements: number; mentions: number }[];
}

/** A span of a document's text to mark in the reader. */
export interface TextMark {
  start: number;
  end: number;
  kind: 'statement' | 'speaker' | 'cue' | 'mention' | 'stance';
  /** The statement it belongs to (statement, speaker, cue, stance marks). */
  statementId?: string;
  entityId?: string;
  stance?: StanceName;
}

/** One article with everything found in it. */
export interface DocumentView {
  id: string;
  title?: string;
  source?: string;
  publishedAt?: string;
  author?: string;
  /** The source URL, only when it is http(s). */
  url?: string;
  /** The text, when the server was given the documents (`--docs`). */
  text: string | null;
  marks: TextMark[];
  statements: StatementView[];
}

/** Statement ids and contents behind each asked edge, for exports. */
export interface EdgeStatementsResponse {
  edges: Record<string, { ids: string[]; contents: string[] }>;
}

export interface CypherResponse {
  columns: string[];
  rows: unknown[][];
  graph: { nodes: { id: string; labels: string[]; name: string; properties: Record<string, unknown> }[]; edges: { id: string; source: string; target: string; type: string }[] };
  truncated: boolean;
  ms: number;
  /** Why the answer was cut short, when the server says (e.g. its size limit). */
  notice?: string;
}

export interface ErrorResponse {
  error: string;
}
