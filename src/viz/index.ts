export { serveExplorer, createApp, DEFAULT_PORT, type ServeExplorerOptions, type RunningExplorer } from './server.js';
export { prepareExplorer, type Explorer } from './explorer.js';
export { corpusFromSnapshot, type VizCorpus } from './corpus.js';
export { SnapshotSource } from './snapshot-source.js';
export type { GraphSource, CypherLimits } from './source.js';
export { readDocumentTexts } from './texts.js';
export { CONTENT_SECURITY_POLICY } from './security.js';
export type * from './api-types.js';
