import type { Driver } from 'neo4j-driver';
import { openDriver, resolveTarget, type Neo4jTarget } from '../graph/connection.js';
import { readGraphSnapshot } from '../graph/export/from-neo4j.js';
import type { CypherResponse } from './api-types.js';
import { corpusFromSnapshot, type VizCorpus } from './corpus.js';
import { runCypherIsolated } from './cypher-isolated.js';
import type { CypherLimits, GraphSource } from './source.js';

/**
 * The graph in Neo4j (the local server, or NEO4J_URI …). It is read once, at start, in one READ
 * transaction through the loader's own read-back (graph/export/from-neo4j), so the page shows
 * exactly what a snapshot of the database would; the Cypher box then queries Neo4j live.
 */
export class Neo4jSource implements GraphSource {
  readonly kind = 'neo4j' as const;
  readonly label: string;

  private constructor(
    private readonly driver: Driver,
    private readonly target: Neo4jTarget,
  ) {
    this.label = target.database ? `${target.uri} (${target.database})` : target.uri;
  }

  /** Connect (one-line Neo4jConnectionError when Neo4j cannot be reached). */
  static async open(env: NodeJS.ProcessEnv, cwd: string): Promise<Neo4jSource> {
    const target = await resolveTarget(env, cwd);
    return new Neo4jSource(await openDriver(target), target);
  }

  async load(): Promise<VizCorpus> {
    return corpusFromSnapshot(await readGraphSnapshot(this.driver, this.target.database));
  }

  /**
   * Full-text search in the `statement_content` index (the loader makes it): each word, escaped
   * for Lucene, must occur (or its plural). At most 5,000 statement ids, best first.
   */
  async searchStatements(words: string[]): Promise<string[]> {
    const escape = (w: string) => w.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, '\\$&');
    const query = words.map((w) => `+(${escape(w)} OR ${escape(w)}s OR ${escape(w)}es)`).join(' ');
    const session = this.driver.session({ database: this.target.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) =>
        tx.run("CALL db.index.fulltext.queryNodes('statement_content', $query) YIELD node RETURN node.id AS id LIMIT 5000", { query }),
      );
      return result.records.map((r) => String(r.get('id')));
    } finally {
      await session.close();
    }
  }

  runCypher(query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherResponse> {
    return runCypherIsolated(this.target, query, params, limits);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
