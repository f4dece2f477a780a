export { ingestSnapshot, ingestGraph, IngestError, DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, type IngestOptions, type IngestResult } from './load.js';
export { schemaStatements, nodeUpserts, edgeUpserts, cypherName, type Upsert } from './cypher.js';
