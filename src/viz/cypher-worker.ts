import neo4j from 'neo4j-driver';
import { parentPort, workerData } from 'node:worker_threads';
import type { Neo4jTarget } from '../graph/connection.js';
import { runReadCypher } from './cypher.js';
import type { CypherRequestMessage, CypherReplyMessage } from './cypher-isolated.js';

/**
 * The worker thread that runs the Cypher box's queries (see cypher-isolated.ts): its own driver,
 * so decoding a huge record blocks this thread, never the server's.
 */
const { target } = workerData as { target: Neo4jTarget };
const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
  userAgent: 'claimgraph-cypher-box',
  connectionTimeout: 10_000,
  maxConnectionPoolSize: 4,
});

parentPort!.on('message', (msg: CypherRequestMessage) => {
  runReadCypher(driver, target.database, msg.query, msg.params, msg.limits).then(
    (answer) => parentPort!.postMessage({ id: msg.id, answer } satisfies CypherReplyMessage),
    (err: Error) => parentPort!.postMessage({ id: msg.id, error: err.message } satisfies CypherReplyMessage),
  );
});
