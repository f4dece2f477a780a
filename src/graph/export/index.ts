import { csvExporter } from './csv.js';
import { cypherExporter } from './cypher.js';
import { cytoscapeExporter } from './cytoscape.js';
import { gexfExporter } from './gexf.js';
import { graphmlExporter } from './graphml.js';
import { jsonExporter } from './json.js';
import type { Exporter } from './types.js';

/** Every exporter, by format name. */
export const EXPORTERS: Record<string, Exporter<any>> = {
  json: jsonExporter,
  cytoscape: cytoscapeExporter,
  graphml: graphmlExporter,
  gexf: gexfExporter,
  csv: csvExporter,
  cypher: cypherExporter,
};

export { csvExporter, cypherExporter, cytoscapeExporter, gexfExporter, graphmlExporter, jsonExporter };
export type { Exporter, ExportFile, ExportInput } from './types.js';
export { ExportError } from './types.js';
export { writeExport } from './write.js';
