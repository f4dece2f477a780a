export * from './model.js';
export * from './ingest/index.js';
export * from './queries/index.js';
export * from './export/index.js';
export { readGraphSnapshot } from './export/from-neo4j.js';
