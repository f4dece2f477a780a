import { stringify } from 'csv-stringify/sync';
import type { QueryResult } from './run.js';

/** The output formats of `claimgraph query`. */
export const QUERY_FORMATS = ['table', 'json', 'csv'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

/** A cell as text: strings as they are, everything else as JSON. */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const MAX_CELL = 80;

/** Aligned columns for people; long cells are cut with an ellipsis, newlines shown as spaces. */
function table(result: QueryResult): string {
  const cells = result.rows.map((row) =>
    result.columns.map((c) => {
      const t = text(row[c]).replace(/\s*\n\s*/g, ' ');
      return t.length > MAX_CELL ? `${t.slice(0, MAX_CELL - 1)}…` : t;
    }),
  );
  const widths = result.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join(' | ').trimEnd();
  const out = [line(result.columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)];
  out.push(`(${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ', more not shown' : ''})`);
  return `${out.join('\n')}\n`;
}

/** The result in `format`: a table, a JSON array of objects keyed by column, or CSV with a header. */
export function formatResult(result: QueryResult, format: QueryFormat): string {
  if (format === 'json') return `${JSON.stringify(result.rows, null, 2)}\n`;
  if (format === 'csv') return stringify([result.columns, ...result.rows.map((r) => result.columns.map((c) => text(r[c])))], { record_delimiter: '\n' });
  return table(result);
}
