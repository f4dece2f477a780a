import { closeAllDrivers, openDriver, resolveTarget } from '../../graph/connection.js';
import { ExportError, EXPORTERS, writeExport } from '../../graph/export/index.js';
import { readGraphSnapshot } from '../../graph/export/from-neo4j.js';
import { snapshotToGraph } from '../../graph/model.js';
import { readSnapshot } from '../../snapshot/read.js';
import type { Snapshot } from '../../snapshot/schema.js';
import { defineCommand, type CommandContext } from '../command.js';
import { EXIT, ExitError, UsageError } from '../errors.js';

async function fromNeo4j(ctx: CommandContext): Promise<Snapshot> {
  try {
    const target = await resolveTarget(ctx.env, ctx.cwd);
    return await readGraphSnapshot(await openDriver(target), target.database);
  } finally {
    await closeAllDrivers();
  }
}

export default defineCommand({
  summary: 'Export the graph as JSON, Cytoscape, GraphML, GEXF, CSV or Cypher',
  usage: 'claimgraph export FORMAT --out PATH [--snapshot FILE] [--for-import]',
  description: [
    'Writes the graph of a snapshot (--snapshot FILE) or of the Neo4j database (read back into',
    'the snapshot shape) in FORMAT:',
    ...Object.values(EXPORTERS).map((e) => `  ${e.format.padEnd(10)} ${e.description}${e.output === 'directory' ? ' (PATH is a directory)' : ''}`),
    'Files are written whole or not at all (through a temporary file). CSV cells a spreadsheet would',
    "run as formulas (=, +, -, @ …) start with an apostrophe unless --for-import is given.",
  ].join('\n'),
  options: {
    out: { type: 'string', short: 'o' },
    snapshot: { type: 'string', short: 's' },
    'for-import': { type: 'boolean' },
  },
  optionHelp: {
    out: 'the file (the directory for csv) to write',
    snapshot: 'export this snapshot file instead of the graph in Neo4j',
    'for-import': 'csv: exact values for neo4j-admin, without the spreadsheet formula guard (never open these in a spreadsheet)',
  },
  examples: [
    'claimgraph export graphml --snapshot snapshot.json --out graph.graphml',
    'claimgraph export gexf --out graph.gexf',
    'claimgraph export csv --out import/ && (cd import && sh neo4j-admin-import.sh)',
    'claimgraph export cypher --out graph.cypher && cypher-shell -f graph.cypher',
  ],
  async run(values, positionals, ctx) {
    if (positionals.length !== 1) throw new UsageError(`give one FORMAT: ${Object.keys(EXPORTERS).join(', ')}`);
    const exporter = EXPORTERS[positionals[0]!];
    if (!exporter) throw new UsageError(`unknown FORMAT '${positionals[0]}': use one of ${Object.keys(EXPORTERS).join(', ')}`);
    const out = values.out as string | undefined;
    if (!out) throw new UsageError('--out PATH is required');
    let snapshot: Snapshot;
    try {
      snapshot = values.snapshot ? await readSnapshot(values.snapshot as string) : await fromNeo4j(ctx);
    } catch (err) {
      throw new ExitError(EXIT.failed, err instanceof Error ? err.message : String(err));
    }
    const graph = snapshotToGraph(snapshot);
    if (values['for-import'] && exporter.format !== 'csv') throw new UsageError('--for-import is for the csv format');
    let files;
    try {
      files = exporter.write({ snapshot, graph }, values['for-import'] ? { formulaGuard: false } : {});
    } catch (err) {
      if (err instanceof ExportError) throw new ExitError(EXIT.failed, err.message);
      throw err;
    }
    const written = await writeExport(exporter, files, out);
    ctx.stderr.write(`export ${exporter.format}: ${graph.nodes.length} nodes, ${graph.edges.length} relationships → ${written.length === 1 ? written[0] : `${written.length} files in ${out}`}\n`);
    return EXIT.ok;
  },
});
