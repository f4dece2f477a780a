/**
 * Dates as pages write them: ISO ("2024-12-30"), "March 3, 2021", "3 March 2021", "Jan. 5, 2021".
 * Numeric day/month orders ("03/04/2021") are ambiguous and not read.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
const ISO = `${YEAR}-(\\d\\d)-(\\d\\d)`;
const MONTH_FIRST = `${MONTH}\\s+${DAY},?\\s+${YEAR}`;
const DAY_FIRST = `${DAY}\\s+${MONTH},?\\s+${YEAR}`;

/** Any of the date forms, anchored nowhere. */
export const DATE_SOURCE = `(?:${ISO}|${MONTH_FIRST}|${DAY_FIRST})`;

function monthOf(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/u, '');
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

function iso(y: string, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(Number(y), m - 1, d));
  if (m < 1 || m > 12 || d < 1 || date.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first date in `s`: where it is, how long, and as YYYY-MM-DD. */
export function findDate(s: string): { date: string; index: number; length: number } | undefined {
  const re = new RegExp(`\\b(?:${ISO}|${MONTH_FIRST}|${DAY_FIRST})\\b`, 'u');
  const m = re.exec(s);
  if (!m) return undefined;
  const g = m.slice(1);
  const date = g[0] ? iso(g[0], Number(g[1]), Number(g[2])) : g[3] ? iso(g[5]!, monthOf(g[3]), Number(g[4])) : iso(g[8]!, monthOf(g[7]!), Number(g[6]));
  return date ? { date, index: m.index, length: m[0].length } : undefined;
}
