export { startLocalNeo4j, DEFAULT_BOLT_PORT, DEFAULT_HTTP_PORT, type StartOptions, type StartResult } from './start.js';
export { stopLocalNeo4j, type StopResult } from './stop.js';
export { localNeo4jStatus, type LocalStatus } from './status.js';
export { LocalNeo4jError, JavaMissingError, MavenMissingError, DownloadError, PortInUseError, ServerStartError } from './errors.js';
export { resolveDataDir, serverLayout, cacheDir, DEFAULT_DATA_DIR } from './paths.js';
export { DEFAULT_NEO4J_VERSION } from './distribution.js';
export { parsePort } from './ports.js';
