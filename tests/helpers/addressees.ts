import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { contentPieces, maximumMatching, overlapRatio, scores, spansMatch, type Candidate, type Scores } from '../../src/eval/index.js';
import { normalizeName } from '../../src/eval/speakers.js';
import type { Entity, Snapshot, Statement } from '../../src/snapshot/schema.js';

/**
 * Addressees of a gold file, scored on the statements matched to gold as `claimgraph eval`
 * matches them. The gold format has no addressee yet, so the seed gold carries two fields of
 * its own on each quote (tests/fixtures/seeds-gold.md): `addresseeName`, the person or body it
 * was said to, and `addresseeSpans`, the words naming them in the statement's sentence.
 */

const Span = z.object({ start: z.number(), end: z.number(), text: z.string().optional() });
const Quote = z.object({
  start: z.number(),
  end: z.number(),
  contentSpans: z.array(Span).optional(),
  addresseeName: z.string().optional(),
  addresseeSpans: z.array(Span).optional(),
});
const Line = z.object({ docId: z.string(), quotes: z.array(Quote).default([]) });
type GoldQuoteWithAddressee = z.infer<typeof Quote>;

/** The gold quotes of each document, with their addressee fields, from a gold JSONL file. */
export function readAddresseeGold(path: string): Map<string, GoldQuoteWithAddressee[]> {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  return new Map(lines.map((l) => Line.parse(JSON.parse(l))).map((d) => [d.docId, d.quotes]));
}

/** Gold index of each prediction (or -1): the one-to-one content matching of src/eval/statements.ts. */
function matchContents(gold: readonly GoldQuoteWithAddressee[], predicted: readonly Statement[]): number[] {
  const pieces = gold.map(contentPieces);
  const candidates: Candidate[] = [];
  predicted.forEach((p, pi) =>
    pieces.forEach((gp, gi) => {
      if (spansMatch(p, gp)) candidates.push({ p: pi, g: gi, score: overlapRatio(p, gp) });
    }),
  );
  return maximumMatching(predicted.length, gold.length, candidates);
}

/** Whether the predicted addressee is the gold's: by the entity's name or aliases, else by the words. */
function addresseeCorrect(predicted: NonNullable<Statement['addressee']>, gold: GoldQuoteWithAddressee, entities: ReadonlyMap<string, Entity>): boolean {
  if (gold.addresseeName) {
    const entity = predicted.entityId ? entities.get(predicted.entityId) : undefined;
    const want = normalizeName(gold.addresseeName);
    return Boolean(entity && [entity.name, ...entity.aliases].some((n) => normalizeName(n) === want));
  }
  return (gold.addresseeSpans ?? []).some((s) => spansMatch(predicted, [s]));
}

/**
 * Addressee precision and recall over matched statements: a true positive is a matched statement
 * whose gold has an addressee and whose prediction names the same one; a false positive, a
 * predicted addressee that is wrong or where the gold has none; a miss, a gold addressee not
 * found. Statements that matched nothing are the statement score's business, not this one's.
 */
export function scoreAddressees(snapshot: Snapshot, gold: ReadonlyMap<string, GoldQuoteWithAddressee[]>): Scores {
  const entities = new Map(snapshot.entities.map((e) => [e.id, e]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [docId, quotes] of gold) {
    const predicted = snapshot.statements.filter((s) => s.docId === docId);
    matchContents(quotes, predicted).forEach((gi, pi) => {
      if (gi < 0) return;
      const g = quotes[gi]!;
      const p = predicted[pi]!.addressee;
      const wanted = Boolean(g.addresseeName || g.addresseeSpans?.length);
      if (p && wanted && addresseeCorrect(p, g, entities)) tp++;
      else {
        if (p) fp++;
        if (wanted) fn++;
      }
    });
  }
  return scores(tp, fp, fn);
}
