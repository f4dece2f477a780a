import { writeFileAtomic } from '../../io/atomic.js';
import { join } from 'node:path';
import type { ServerLayout } from './paths.js';

/** Ports and memory of one local server. */
export interface ServerOptions {
  boltPort: number;
  httpPort: number;
  /** Page cache size, e.g. `512m`. */
  pageCache: string;
}

/**
 * neo4j.conf for a private, local server: Bolt and HTTP on 127.0.0.1 only, authentication on,
 * no usage reporting, every directory under the instance's home, and no network for Cypher:
 * `LOAD CSV FROM 'http://…'` would make the server fetch any URL a query names (server-side
 * request forgery). `file:///` URLs stay confined to the instance's own import directory.
 */
export function serverConf(layout: ServerLayout, opts: ServerOptions): string {
  const lines: Record<string, string> = {
    'server.default_listen_address': '127.0.0.1',
    'server.default_advertised_address': '127.0.0.1',
    'server.bolt.enabled': 'true',
    'server.bolt.listen_address': `127.0.0.1:${opts.boltPort}`,
    'server.bolt.advertised_address': `127.0.0.1:${opts.boltPort}`,
    'server.http.enabled': 'true',
    'server.http.listen_address': `127.0.0.1:${opts.httpPort}`,
    'server.http.advertised_address': `127.0.0.1:${opts.httpPort}`,
    'server.https.enabled': 'false',
    'dbms.security.auth_enabled': 'true',
    // Every IPv4 and IPv6 address is blocked for Cypher's outbound requests (LOAD CSV over
    // http(s)/ftp): Community has no LOAD privilege to deny, and this is the setting Neo4j's
    // own URL checker reads (GraphDatabaseInternalSettings.cypher_ip_blocklist).
    'internal.dbms.cypher_ip_blocklist': '0.0.0.0/0,::/0',
    'dbms.usage_report.enabled': 'false',
    'server.memory.pagecache.size': opts.pageCache,
    'server.directories.data': layout.data,
    'server.directories.logs': layout.logs,
    'server.directories.run': layout.run,
    'server.directories.plugins': join(layout.home, 'plugins'),
    'server.directories.import': join(layout.home, 'import'),
    'server.directories.licenses': join(layout.home, 'licenses'),
    'server.logs.debug.enabled': 'true',
    // Keep transaction logs small: this is a working copy rebuilt from snapshots.
    'db.tx_log.rotation.retention_policy': '2 files',
    // Neo4j waits 5 s twice for Bolt threads at shutdown; nothing of ours needs that grace.
    'internal.server.bolt.connection_shutdown_wait_time': '1s',
    'internal.server.bolt.thread_pool_shutdown_wait_time': '1s',
  };
  const body = Object.entries(lines).map(([k, v]) => `${k}=${v}`);
  return ['# Written by `claimgraph neo4j start` at every start; edits are overwritten.', ...body, ''].join('\n');
}

/** Write `<home>/conf/neo4j.conf`. */
export async function writeServerConf(layout: ServerLayout, opts: ServerOptions): Promise<void> {
  await writeFileAtomic(join(layout.conf, 'neo4j.conf'), [serverConf(layout, opts)]);
}
