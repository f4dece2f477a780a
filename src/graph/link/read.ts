import type { Driver } from 'neo4j-driver';
import type { EntityType } from '../../snapshot/schema.js';
import { formsOf, type Unit } from '../../extract/link/units.js';
import { ENTITY_LABELS, type MentionSpans } from '../model.js';

/**
 * The units of a graph: what linking needs, read back from Neo4j. An entity's MENTIONED_IN a
 * document is one unit (its forms: the texts of its mentions there); an entity a statement of a
 * document is ABOUT without being mentioned there is a unit known by the entity's name.
 */

/** A unit of the graph and where it sits: its entity, and its mentions in the document. */
export interface GraphUnit extends Unit {
  entityId: string;
  /** [start, end, text] of each mention; empty for an ABOUT-only unit. */
  mentions: MentionSpans;
}

/** An entity node as the graph holds it. */
export interface GraphEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

const MENTIONS = `MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document)
RETURN e.id AS id, [l IN labels(e) WHERE l IN $types][0] AS type, d.id AS doc, m.mentions AS mentions`;

const ABOUT_ONLY = `MATCH (st:Statement)-[:ABOUT]->(e:Entity)
WHERE NOT EXISTS { MATCH (e)-[:MENTIONED_IN]->(d:Document) WHERE d.id = st.docId }
RETURN DISTINCT e.id AS id, [l IN labels(e) WHERE l IN $types][0] AS type, st.docId AS doc, e.name AS name`;

const ENTITIES = `MATCH (e:Entity)
RETURN e.id AS id, [l IN labels(e) WHERE l IN $types][0] AS type, e.name AS name, coalesce(e.aliases, []) AS aliases`;

/** Read every unit and entity of the graph, in one read transaction (a consistent view). */
export async function readGraphUnits(driver: Driver, database?: string): Promise<{ units: GraphUnit[]; entities: GraphEntity[] }> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const types = [...ENTITY_LABELS];
      const units: GraphUnit[] = [];
      for (const r of (await tx.run(MENTIONS, { types })).records) {
        const mentions = parseMentions(r.get('mentions'), r.get('id') as string, r.get('doc') as string);
        units.push({ docId: r.get('doc') as string, type: r.get('type') as EntityType, entityId: r.get('id') as string, forms: formsOf(mentions.map((m) => m[2])), named: true, mentions });
      }
      for (const r of (await tx.run(ABOUT_ONLY, { types })).records) {
        units.push({ docId: r.get('doc') as string, type: r.get('type') as EntityType, entityId: r.get('id') as string, forms: formsOf([r.get('name') as string]), named: false, mentions: [] });
      }
      const entities = (await tx.run(ENTITIES, { types })).records.map((r) => ({
        id: r.get('id') as string,
        type: r.get('type') as EntityType,
        name: r.get('name') as string,
        aliases: r.get('aliases') as string[],
      }));
      // In a fixed order, so that a run decides the same whatever order Neo4j returned rows in.
      units.sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : Number(a.named) - Number(b.named)));
      return { units, entities };
    });
  } finally {
    await session.close();
  }
}

/** A MENTIONED_IN's `mentions`: a JSON array of [start, end, text]. */
function parseMentions(raw: unknown, entityId: string, docId: string): MentionSpans {
  try {
    const spans = JSON.parse(String(raw)) as unknown;
    if (Array.isArray(spans) && spans.every((s) => Array.isArray(s) && s.length === 3 && typeof s[2] === 'string')) return spans as MentionSpans;
  } catch {
    // reported below
  }
  throw new Error(`graph/link: the MENTIONED_IN of ${entityId} in ${docId} has no readable mentions (expected a JSON array of [start, end, text])`);
}
