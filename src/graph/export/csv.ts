import { stringify } from 'csv-stringify/sync';
import type { GraphEdge, GraphNode, PropertyKey, PropertyValue } from '../model.js';
import type { Exporter, ExportFile } from './types.js';

/**
 * A directory of CSV files in the form `neo4j-admin database import` takes: one file a node
 * label group and one a relationship type, with typed headers (`id:ID(Entity)`, `start:long`,
 * `aliases:string[]`, `:LABEL`, `:START_ID(Entity)`, `:END_ID(Statement)`, `:TYPE`). Ids live
 * in one id space a primary label, so equal ids of different labels cannot clash.
 */

export interface CsvOptions {
  /** Separates the items of an array column (neo4j-admin's --array-delimiter). */
  arrayDelimiter: string;
  formatNode: (node: GraphNode) => Record<string, PropertyValue>;
  formatEdge: (edge: GraphEdge) => Record<string, PropertyValue>;
}

function cell(value: PropertyValue | undefined, arrayDelimiter: string): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(arrayDelimiter);
  return String(value);
}

/** Header `name:type` (`name` alone for strings, as neo4j-admin defaults to string). */
function header(k: PropertyKey): string {
  return k.type === 'string' ? k.name : `${k.name}:${k.type}`;
}

function table(headers: string[], rows: string[][]): string {
  return stringify([headers, ...rows], { record_delimiter: '\n' });
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

/** The import command for the files written, for the README of the directory. */
function importCommand(files: { nodes: string[]; relationships: string[] }, arrayDelimiter: string): string {
  const args = [...files.nodes.map((f) => `  --nodes=${f}`), ...files.relationships.map((f) => `  --relationships=${f}`)];
  return [
    '# Load these files into an empty database (run from this directory; stop the database first):',
    'neo4j-admin database import full neo4j \\',
    `  --array-delimiter='${arrayDelimiter}' --multiline-fields=true --overwrite-destination \\`,
    `${args.join(' \\\n')}`,
    '',
  ].join('\n');
}

export const csvExporter: Exporter<CsvOptions> = {
  format: 'csv',
  description: 'a directory of CSV files for neo4j-admin database import (or LOAD CSV)',
  output: 'directory',
  DEFAULTS: { arrayDelimiter: ';', formatNode: (n) => n.properties, formatEdge: (e) => e.properties },
  write({ graph }, options = {}) {
    const o = { ...csvExporter.DEFAULTS, ...options };
    const files: ExportFile[] = [];
    const names = { nodes: [] as string[], relationships: [] as string[] };
    for (const [label, nodes] of groupBy(graph.nodes, (n) => n.labels[0]!)) {
      const records = nodes.map(o.formatNode);
      const keys = keysOf(records, graph.nodeKeys, ['id']);
      const rows = nodes.map((n, i) => [n.id, ...keys.map((k) => cell(records[i]![k.name], o.arrayDelimiter)), n.labels.join(o.arrayDelimiter)]);
      const name = `nodes_${label}.csv`;
      files.push({ name, text: table([`id:ID(${label})`, ...keys.map(header), ':LABEL'], rows) });
      names.nodes.push(name);
    }
    for (const [type, edges] of groupBy(graph.edges, (e) => e.type)) {
      const records = edges.map(o.formatEdge);
      const keys = keysOf(records, graph.edgeKeys, []);
      const { sourceLabel, targetLabel } = edges[0]!;
      const rows = edges.map((e, i) => [e.source, e.target, e.type, ...keys.map((k) => cell(records[i]![k.name], o.arrayDelimiter))]);
      const name = `relationships_${type}.csv`;
      files.push({ name, text: table([`:START_ID(${sourceLabel})`, `:END_ID(${targetLabel})`, ':TYPE', ...keys.map(header)], rows) });
      names.relationships.push(name);
    }
    files.push({ name: 'neo4j-admin-import.sh', text: importCommand(names, o.arrayDelimiter) });
    return files;
  },
};
