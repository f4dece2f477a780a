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

  runCypher(query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherResponse> {
    return runCypherIsolated(this.target, query, params, limits);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
