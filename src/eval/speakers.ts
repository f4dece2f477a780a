import type { Entity, Statement } from '../snapshot/schema.js';
import type { GoldQuote } from './gold.js';
import { spansMatch } from './spans.js';

/** Lower case, no punctuation, single spaces: "Mr. Trump's" → "mr trump s". */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether the gold names a speaker in the text: speaker spans, or else speaker words. */
export function hasGoldSpeaker(gold: GoldQuote): boolean {
  return (gold.speakerSpans?.length ?? 0) > 0 || Boolean(gold.speaker?.trim());
}

/**
 * Whether the predicted speaker words are the gold's: their span overlaps the gold speaker span
 * (at least half the shorter; against the pieces together or any one piece, for speakers given
 * in several pieces such as "Clinton and Trump"). Gold without spans but with speaker words
 * falls back to the words: equal, or one contained in the other, after normalizeName.
 */
export function speakerSpanCorrect(predicted: Statement['speaker'], gold: GoldQuote): boolean {
  if (!predicted) return false;
  const pieces = gold.speakerSpans ?? [];
  if (pieces.length > 0) return spansMatch(predicted, pieces) || pieces.some((p) => spansMatch(predicted, [p]));
  const want = normalizeName(gold.speaker ?? '');
  const got = normalizeName(predicted.text);
  if (!want || !got) return false;
  return ` ${want} `.includes(` ${got} `) || ` ${got} `.includes(` ${want} `);
}

/** Whether the gold resolves its speaker to a name or an entity id. */
export function hasGoldSpeakerName(gold: GoldQuote): boolean {
  return Boolean(gold.speakerEntity || gold.speakerName);
}

/**
 * Whether the predicted speaker resolves to the gold's: the same entity id where the gold gives
 * `speakerEntity`, else an entity whose name or one of whose aliases is `speakerName`
 * (compared after normalizeName).
 */
export function speakerNameCorrect(predicted: Statement['speaker'], gold: GoldQuote, entities: ReadonlyMap<string, Entity>): boolean {
  const id = predicted?.entityId;
  if (!id) return false;
  if (gold.speakerEntity) return id === gold.speakerEntity;
  const entity = entities.get(id);
  if (!entity || !gold.speakerName) return false;
  const want = normalizeName(gold.speakerName);
  return [entity.name, ...entity.aliases].some((n) => normalizeName(n) === want);
}
