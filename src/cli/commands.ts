import type { Command } from './command.js';

/** Every subcommand, loaded only when it is asked for (so `--help` stays fast). */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ default: Command }> }> = {
  start: { summary: 'The main job: extract corpus/, load it into Neo4j, serve the explorer', load: () => import('./commands/start.js') },
  extract: { summary: 'Extract entities and statements from text into a snapshot', load: () => import('./commands/extract.js') },
  validate: { summary: 'Check a snapshot against the schema and its documents', load: () => import('./commands/validate.js') },
  neo4j: { summary: 'Start, stop or inspect the local Neo4j server', load: () => import('./commands/neo4j.js') },
  ingest: { summary: 'Load a snapshot into Neo4j (idempotent)', load: () => import('./commands/ingest.js') },
  link: { summary: 'Link the entities of the whole graph, after shares of a corpus were loaded', load: () => import('./commands/link.js') },
  query: { summary: 'Run Cypher or a named query against Neo4j', load: () => import('./commands/query.js') },
  export: { summary: 'Export the graph as JSON, Cytoscape, GraphML, GEXF, CSV or Cypher', load: () => import('./commands/export.js') },
  serve: { summary: 'Serve the explorer page on 127.0.0.1', load: () => import('./commands/serve.js') },
  eval: { summary: 'Score a snapshot against annotated gold data', load: () => import('./commands/eval.js') },
  audit: { summary: 'List what in a snapshot looks wrong, for a person to check', load: () => import('./commands/audit.js') },
};
