import type { GraphEdge, GraphModel, GraphNode, PropertyKey, PropertyValue } from '../model.js';
import { ExportError, type Exporter, type ExportFile } from './types.js';

/**
 * A directory of CSV files in the form `neo4j-admin database import` takes: one file a node
 * label group and one a relationship type, with typed headers (`id:ID(Entity)`, `start:long`,
 * `aliases:string[]`, `:LABEL`, `:START_ID(Entity)`, `:END_ID(Statement)`, `:TYPE`). Ids live
 * in one id space a primary label, so equal ids of different labels cannot clash.
 *
 * The files are read by neo4j-admin and by spreadsheets, so:
 * - a header's type comes from the values (src/graph/model/keys.ts), never from the key: a key
 *   `since:int` holding "yesterday" is written `since:int:string` (the importer splits the type
 *   off at the last colon);
 * - arrays are joined with a delimiter that no value contains (`;` unless one does; the import
 *   script names it), since the importer has no escape for it;
 * - an empty string is written `""` and a missing value as nothing (the importer stores the
 *   first and skips the second);
 * - with `formulaGuard` (the default), a text cell that a spreadsheet would run as a formula
 *   (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets an apostrophe before it,
 *   and so does one that starts with an apostrophe: remove one leading apostrophe to get the value
 *   back. Files for the importer alone (claimgraph's bulk load) are written without it.
 */

export interface CsvOptions {
  /** Separates the items of an array column (neo4j-admin's --array-delimiter); `auto` picks one no value holds. */
  arrayDelimiter: string;
  /** Neutralise cells a spreadsheet would run as formulas (see above). */
  formulaGuard: boolean;
  formatNode: (node: GraphNode) => Record<string, PropertyValue>;
  formatEdge: (edge: GraphEdge) => Record<string, PropertyValue>;
}

/** The files of a CSV export and what importing them needs. */
export interface CsvTables {
  files: ExportFile[];
  nodeFiles: string[];
  relationshipFiles: string[];
  arrayDelimiter: string;
  /** The files with a value that spans lines (the importer must be told: --multiline-fields). */
  multiline: string[];
}

/** Delimiters tried in order: the importer's default, a bar, the ASCII unit separator, then private-use characters. */
const DELIMITERS = [';', '|', '\u001f', ...Array.from({ length: 64 }, (_, i) => String.fromCharCode(0xe000 + i))];

const FORMULA_START = /^[=+\-@\t\r']/;

/** The delimiter to join arrays with: `wanted`, or with `auto` the first no array item contains. */
export function chooseArrayDelimiter(graph: GraphModel, wanted: string): string {
  const items = new Set<string>();
  const add = (props: Record<string, PropertyValue>) => {
    for (const v of Object.values(props)) if (Array.isArray(v)) for (const x of v) items.add(String(x));
  };
  for (const n of graph.nodes) add(n.properties);
  for (const e of graph.edges) add(e.properties);
  const candidates = wanted === 'auto' ? DELIMITERS : [wanted];
  const free = candidates.find((d) => [...items].every((x) => !x.includes(d)));
  if (free === undefined) throw new ExportError(`csv: an array item contains the array delimiter ${JSON.stringify(wanted)}, which neo4j-admin cannot escape; choose another`);
  return free;
}

/** neo4j-admin's form of a delimiter: the character, or `U+XXXX` for one that is not printable ASCII. */
export function delimiterArgument(d: string): string {
  return /^[!-~]$/.test(d) ? d : `U+${d.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Header `name:type`; `name` alone for a string whose name has no colon (neo4j-admin defaults to string). */
function header(k: PropertyKey): string {
  if (/[()]/.test(k.name)) throw new ExportError(`csv: property key ${JSON.stringify(k.name)} cannot be written: neo4j-admin reads parentheses in a header as an id group`);
  return k.type === 'string' && !k.name.includes(':') ? k.name : `${k.name}:${k.type}`;
}

function keysOf(records: Record<string, PropertyValue>[], declared: PropertyKey[], skip: string[]): PropertyKey[] {
  const used = new Set(records.flatMap((r) => Object.keys(r)));
  return declared.filter((k) => used.has(k.name) && !skip.includes(k.name));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * One RFC 4180 field: quoted (quotes doubled) when it holds a comma, a quote or a line break, or
 * is empty (`""`, an empty string); nothing for a missing value (null). Hand-written: csv-stringify
 * took 5.5 s of CPU for the 830,000 rows of ten BBC corpora, this one a fraction of it.
 */
function field(value: string | null): string {
  if (value === null) return '';
  if (value === '') return '""';
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes cells: text guarded when asked, arrays joined, numbers and booleans as they are. */
class Cells {
  constructor(
    readonly delimiter: string,
    readonly guard: boolean,
  ) {}

  text(s: string): string {
    return this.guard && FORMULA_START.test(s) ? `'${s}` : s;
  }

  value(v: PropertyValue | undefined): string | null {
    if (v === undefined) return null;
    if (Array.isArray(v)) return this.text(v.map(String).join(this.delimiter));
    return typeof v === 'string' ? this.text(v) : String(v);
  }

  table(name: string, headers: string[], rows: (string | null)[][], multiline: string[]): ExportFile {
    const lines = [headers.map((h) => field(this.text(h))).join(',')];
    let spans = false;
    for (const row of rows) {
      lines.push(row.map(field).join(','));
      spans ||= row.some((c) => c !== null && (c.includes('\n') || c.includes('\r')));
    }
    if (spans) multiline.push(name);
    return { name, text: `${lines.join('\n')}\n` };
  }
}

/** The CSV tables of a graph (see the module's comment). */
export function csvTables(graph: GraphModel, options: Partial<CsvOptions> = {}): CsvTables {
  const o = { ...csvExporter.DEFAULTS, ...options };
  const cells = new Cells(chooseArrayDelimiter(graph, o.arrayDelimiter), o.formulaGuard);
  const out: CsvTables = { files: [], nodeFiles: [], relationshipFiles: [], arrayDelimiter: cells.delimiter, multiline: [] };
  for (const [label, nodes] of groupBy(graph.nodes, (n) => n.labels[0]!)) {
    const records = nodes.map(o.formatNode);
    const keys = keysOf(records, graph.nodeKeys, ['id']);
    const rows = nodes.map((n, i) => [cells.text(n.id), ...keys.map((k) => cells.value(records[i]![k.name])), n.labels.join(cells.delimiter)]);
    const name = `nodes_${label}.csv`;
    out.files.push(cells.table(name, [`id:ID(${label})`, ...keys.map(header), ':LABEL'], rows, out.multiline));
    out.nodeFiles.push(name);
  }
  for (const [type, edges] of groupBy(graph.edges, (e) => e.type)) {
    const records = edges.map(o.formatEdge);
    const keys = keysOf(records, graph.edgeKeys, []);
    const { sourceLabel, targetLabel } = edges[0]!;
    const rows = edges.map((e, i) => [cells.text(e.source), cells.text(e.target), e.type, ...keys.map((k) => cells.value(records[i]![k.name]))]);
    const name = `relationships_${type}.csv`;
    out.files.push(cells.table(name, [`:START_ID(${sourceLabel})`, `:END_ID(${targetLabel})`, ':TYPE', ...keys.map(header)], rows, out.multiline));
    out.relationshipFiles.push(name);
  }
  return out;
}

/** The import command for the files written, for the script in the directory. */
function importScript(tables: CsvTables, guarded: boolean): string {
  const args = [...tables.nodeFiles.map((f) => `  --nodes=${f}`), ...tables.relationshipFiles.map((f) => `  --relationships=${f}`)];
  return [
    '# Load these files into an empty database (run from this directory; stop the database first):',
    ...(guarded ? ["# (cells a spreadsheet would run as formulas start with an apostrophe: export with --for-import to load exact values)"] : []),
    'neo4j-admin database import full neo4j \\',
    `  --array-delimiter='${delimiterArgument(tables.arrayDelimiter)}' --multiline-fields=true --overwrite-destination \\`,
    `${args.join(' \\\n')}`,
    '',
  ].join('\n');
}

export const csvExporter: Exporter<CsvOptions> = {
  format: 'csv',
  description: 'a directory of CSV files for neo4j-admin database import (or LOAD CSV)',
  output: 'directory',
  DEFAULTS: { arrayDelimiter: 'auto', formulaGuard: true, formatNode: (n) => n.properties, formatEdge: (e) => e.properties },
  write({ graph }, options = {}) {
    const tables = csvTables(graph, options);
    return [...tables.files, { name: 'neo4j-admin-import.sh', text: importScript(tables, options.formulaGuard ?? true) }];
  },
};
