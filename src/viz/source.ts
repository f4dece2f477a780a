import type { CypherResponse } from './api-types.js';
import type { VizCorpus } from './corpus.js';

/** Limits on a Cypher query from the page. */
export interface CypherLimits {
  /** Rows kept; more are dropped and `truncated` is set. */
  maxRows: number;
  /** The transaction is stopped by the server after this long. */
  timeoutMs: number;
}

/**
 * Where the explorer reads its graph from: a snapshot file or Neo4j. Both give the same
 * in-memory model; only Neo4j can run the page's read-only Cypher.
 */
export interface GraphSource {
  kind: 'snapshot' | 'neo4j';
  /** What to show as the source (file path or URI, never a password). */
  label: string;
  load(): Promise<VizCorpus>;
  /** Statement ids whose quoted words hold every one of `words` (Neo4j's full-text index). */
  searchStatements?(words: string[]): Promise<string[]>;
  /** Run one read-only query (Neo4j only). */
  runCypher?(query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherResponse>;
  close(): Promise<void>;
}
