import type { Driver } from 'neo4j-driver';
import { applyLinkPlan, type Applied } from './apply.js';
import { planLink } from './plan.js';
import { readGraphUnits } from './read.js';

export { planLink, type LinkPlan } from './plan.js';
export { readGraphUnits, type GraphEntity, type GraphUnit } from './read.js';
export { applyLinkPlan, type Applied } from './apply.js';

/** What a link of the graph found and did. */
export interface LinkResult extends Applied {
  units: number;
  entities: number;
}

/**
 * Link the entities of the whole graph as one snapshot's linking would (src/extract/link/): after
 * shares of a corpus were loaded one by one, the graph then holds the entities the whole corpus
 * extracted at once would have. Idempotent: a linked graph is left as it is. Run it when no
 * ingest is writing to the same database.
 */
export async function linkGraph(driver: Driver, options: { database?: string; onProgress?: (done: number, total: number) => void } = {}): Promise<LinkResult> {
  const { units, entities } = await readGraphUnits(driver, options.database);
  const applied = await applyLinkPlan(driver, planLink(units, entities), options);
  return { ...applied, units: units.length, entities: entities.length };
}
