import type { Entity, Snapshot, Statement } from '../snapshot/schema.js';
import { scoreEntities, type EntityDocument, type PredictedMention } from './entities.js';
import type { GoldSet } from './read-gold.js';
import { scoreStatements, type StatementDocument } from './statements.js';
import type { EvalError, EvalReport } from './types.js';

export interface EvaluateOptions {
  /** Score only PolNeAR-style gold with `speechCue: true` (see scoreStatements). */
  onlySpeechCues?: boolean;
  /** Collect misses and false alarms into `report.errors`. */
  errors?: boolean;
  /** Names of the two inputs, shown in the report. */
  snapshotName?: string;
  goldName?: string;
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Every entity mention of the snapshot, by document. */
function mentionsByDoc(entities: readonly Entity[]): Map<string, PredictedMention[]> {
  const byDoc = new Map<string, PredictedMention[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const list = byDoc.get(m.docId) ?? [];
      list.push({ type: e.type, start: m.start, end: m.end, text: m.text });
      byDoc.set(m.docId, list);
    }
  }
  return byDoc;
}

/**
 * Score a snapshot against gold. Documents join by id; only documents in both are scored, and
 * in each only the layers its gold annotates (read-gold.ts). Errors come out sorted by document
 * and offset.
 */
export function evaluate(snapshot: Snapshot, gold: GoldSet, options: EvaluateOptions = {}): EvalReport {
  const lengths = new Map(snapshot.documents.map((d) => [d.id, d.length]));
  const common = gold.documents.filter((d) => lengths.has(d.id));
  const errors: EvalError[] | undefined = options.errors ? [] : undefined;

  const mentions = mentionsByDoc(snapshot.entities);
  const entityDocs: EntityDocument[] = common
    .filter((d) => d.entities)
    .map((d) => ({
      docId: d.id,
      gold: d.entities!.map((g) => ({ ...g, text: g.text ?? d.text?.slice(g.start, g.end) ?? '' })),
      predicted: mentions.get(d.id) ?? [],
    }));

  const statements = groupBy<Statement>(snapshot.statements, (s) => s.docId);
  const statementDocs: StatementDocument[] = common
    .filter((d) => d.quotes)
    .map((d) => ({ docId: d.id, ...(d.text !== undefined ? { text: d.text } : {}), gold: d.quotes!, predicted: statements.get(d.id) ?? [] }));

  const report: EvalReport = {
    snapshot: options.snapshotName ?? 'snapshot',
    gold: options.goldName ?? 'gold',
    documents: {
      gold: gold.documents.length,
      snapshot: snapshot.documents.length,
      scored: common.length,
      goldOnly: gold.documents.length - common.length,
      snapshotOnly: snapshot.documents.length - common.length,
      lengthMismatch: common.filter((d) => d.text !== undefined && d.text.length !== lengths.get(d.id)).map((d) => d.id),
    },
    entities: entityDocs.length > 0 ? scoreEntities(entityDocs, errors) : null,
    statements:
      statementDocs.length > 0
        ? scoreStatements(statementDocs, { onlySpeechCues: Boolean(options.onlySpeechCues), entities: new Map(snapshot.entities.map((e) => [e.id, e])) }, errors)
        : null,
  };
  if (errors) {
    const order = new Map(common.map((d, i) => [d.id, i]));
    report.errors = errors.sort((a, b) => order.get(a.docId)! - order.get(b.docId)! || a.start - b.start || a.end - b.end);
  }
  return report;
}
