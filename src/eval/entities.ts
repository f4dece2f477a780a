import type { EntityType } from '../snapshot/schema.js';
import type { GoldEntity, GoldEntityType } from './gold.js';
import { scores, sumScores } from './metrics.js';
import type { EntityReport, EvalError } from './types.js';

/** A predicted mention: one place in a document where an entity of this type is named. */
export interface PredictedMention {
  type: EntityType;
  start: number;
  end: number;
  text: string;
}

/** One scored document: its gold entities and the snapshot's mentions in it. */
export interface EntityDocument {
  docId: string;
  gold: readonly GoldEntity[];
  predicted: readonly PredictedMention[];
}

const GOLD_TYPE: Record<EntityType, GoldEntityType> = { Person: 'PERSON', Organization: 'ORGANIZATION', Place: 'LOCATION' };
const TYPES = Object.keys(GOLD_TYPE) as EntityType[];
const key = (start: number, end: number) => `${start}:${end}`;

/**
 * Score entity mentions by exact span and type, per type. MISC gold is not scored: a prediction
 * on exactly a MISC gold span is ignored (counted in `ignoredMisc`), any other is a false alarm.
 * The same span predicted twice with the same type counts once.
 */
export function scoreEntities(docs: readonly EntityDocument[], errors?: EvalError[]): EntityReport {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<EntityType, { tp: number; fp: number; fn: number }>;
  let ignoredMisc = 0;
  for (const doc of docs) {
    const misc = new Set(doc.gold.filter((g) => g.type === 'MISC').map((g) => key(g.start, g.end)));
    for (const type of TYPES) {
      const gold = new Map(doc.gold.filter((g) => g.type === GOLD_TYPE[type]).map((g) => [key(g.start, g.end), g]));
      const predicted = new Map(doc.predicted.filter((p) => p.type === type).map((p) => [key(p.start, p.end), p]));
      const c = counts[type];
      for (const [k, p] of predicted) {
        if (gold.has(k)) c.tp++;
        else if (misc.has(k)) ignoredMisc++;
        else {
          c.fp++;
          errors?.push({ layer: 'entity', what: 'false-alarm', docId: doc.docId, start: p.start, end: p.end, label: type, text: p.text });
        }
      }
      for (const [k, g] of gold) {
        if (predicted.has(k)) continue;
        c.fn++;
        errors?.push({ layer: 'entity', what: 'miss', docId: doc.docId, start: g.start, end: g.end, label: type, text: g.text ?? '' });
      }
    }
  }
  const byType = Object.fromEntries(TYPES.map((t) => [t, scores(counts[t].tp, counts[t].fp, counts[t].fn)])) as EntityReport['byType'];
  return { documents: docs.length, byType, overall: sumScores(Object.values(byType)), ignoredMisc };
}
