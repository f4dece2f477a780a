import type { Driver } from 'neo4j-driver';
import { runQuery, type QueryOptions, type QueryResult } from './run.js';

/** Entities named by `$param` (id, name or alias, any case) as `variable`. */
export function matchEntity(variable: string, param: string): string {
  return `MATCH (${variable}:Entity) WHERE ${variable}.id = $${param} OR toLower(${variable}.name) = toLower($${param}) OR any(alias IN ${variable}.aliases WHERE toLower(alias) = toLower($${param}))`;
}

/** A named query: its Cypher and how to run it. */
export interface NamedQuery {
  name: string;
  description: string;
  /** Required parameters (name → what it is); `limit` is optional everywhere it appears. */
  params: Record<string, string>;
  cypher: string;
  run(driver: Driver, params: Record<string, unknown>, options?: QueryOptions): Promise<QueryResult>;
}

const DEFAULT_LIMIT = 100;

/** A named query whose `limit` defaults to 100. */
export function define(name: string, description: string, params: Record<string, string>, cypher: string): NamedQuery {
  return {
    name,
    description,
    params,
    cypher,
    run: (driver, given, options) => runQuery(driver, cypher, { limit: DEFAULT_LIMIT, ...given }, options),
  };
}
