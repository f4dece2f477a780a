export { ingestSnapshot, ingestGraph, IngestError, DEFAULT_BATCH_SIZE, type IngestOptions, type IngestResult } from './load.js';
export { schemaStatements, nodeUpserts, edgeUpserts, cypherName, type Upsert } from './cypher.js';
