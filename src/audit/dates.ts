import type { Snapshot } from '../snapshot/schema.js';
import type { Finding } from './checks.js';

const DAY = 86_400_000;
/** The least spread taken for the corpus's dates, so that a corpus of one week does not flag the next. */
const MIN_SPREAD_DAYS = 30;

/**
 * Documents dated far outside the corpus's range: beyond three times the spread of its middle
 * half (Tukey's far-out fences) from the middle half, or after the snapshot was made. A BBC
 * article of 2004 dated 1920 (a birth date read as the date) is one.
 */
export function dateOutliers(snapshot: Snapshot): Finding[] {
  const dated = snapshot.documents.flatMap((d) => {
    const t = d.publishedAt ? Date.parse(d.publishedAt) : NaN;
    return Number.isNaN(t) ? [] : [{ d, t }];
  });
  if (dated.length === 0) return [];
  const times = dated.map((x) => x.t).sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * (times.length - 1)))]!;
  const spread = Math.max(q(0.75) - q(0.25), MIN_SPREAD_DAYS * DAY);
  const [low, high] = [q(0.25) - 3 * spread, q(0.75) + 3 * spread];
  const made = Date.parse(snapshot.createdAt);
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  return dated
    .filter(({ t }) => t < low || t > high || t > made)
    .map(({ d }) => ({
      check: 'date-outlier' as const,
      id: d.id,
      subject: `${d.id}: ${d.publishedAt}`,
      detail: Date.parse(d.publishedAt!) > made ? 'dated after the snapshot was made' : `outside the corpus's dates (most from ${day(q(0.25))} to ${day(q(0.75))})`,
    }));
}
