import { createServer, request as httpRequest } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import neo4j from 'neo4j-driver';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/snapshot/read.js';
import { corpusFromSnapshot } from '../../src/viz/corpus.js';
import { prepareExplorer } from '../../src/viz/explorer.js';
import { runReadCypher } from '../../src/viz/cypher.js';
import { createApp, serveExplorer, SnapshotSource } from '../../src/viz/index.js';
import { buildPage } from '../viz/browser.js';

/**
 * Issue #16, items 1, 3, 4 (request bodies) and 5: what a hostile page, a DNS-rebinding name or
 * a careless client can make the explorer's server do. The Cypher box's own checks need Neo4j
 * (cypher-guard.int.test.ts); here the snapshot source serves, and the guards in front of every
 * route are what is tested.
 */

const SNAPSHOT = join(import.meta.dirname, '..', 'viz', 'fixtures', 'snapshot.json');
const PORT = 5178;
const HOST = `127.0.0.1:${PORT}`;
const CSRF = 'test-csrf-token';

async function app(opts: { host?: string; token?: string } = {}): Promise<Hono> {
  const corpus = corpusFromSnapshot(await readSnapshot(SNAPSHOT));
  return createApp(prepareExplorer(new SnapshotSource(SNAPSHOT), corpus, new Map()), { host: opts.host ?? '127.0.0.1', port: PORT, token: opts.token, csrfToken: CSRF });
}

let local: Hono;
beforeAll(async () => {
  buildPage();
  local = await app();
});

/** POST /api/cypher as a page would: JSON, the CSRF header, this origin; `change` alters one part. */
function post(change: Record<string, string | undefined> = {}, body = '{"query":"RETURN 1"}') {
  const headers: Record<string, string> = { host: HOST, 'content-type': 'application/json', origin: `http://${HOST}`, 'sec-fetch-site': 'same-origin', 'x-claimgraph-csrf': CSRF };
  for (const [k, v] of Object.entries(change)) {
    if (v === undefined) delete headers[k];
    else headers[k] = v;
  }
  return local.request('/api/cypher', { method: 'POST', headers, body });
}

describe('DNS rebinding: only the exact names of the bound loopback address, with its port (item 1)', () => {
  it.each([
    ['127.0.0.1.attacker.example:5178'],
    ['127.attacker.example'],
    ['127.attacker.example:5178'],
    ['localhost.attacker.example:5178'],
    ['127.0.0.1:5179'],
    ['127.0.0.1'],
    ['[::1]:5178'],
    ['127.0.0.2:5178'],
    [''],
  ])('Host %j is refused, the Cypher endpoint included', async (host) => {
    expect((await local.request('/api/meta', { headers: { host } })).status).toBe(403);
    expect((await local.request('/', { headers: { host } })).status).toBe(403);
    const cypher = await local.request('/api/cypher', { method: 'POST', headers: { host, 'content-type': 'application/json', 'x-claimgraph-csrf': CSRF }, body: '{"query":"RETURN 1"}' });
    expect(cypher.status).toBe(403);
  });

  it.each([['127.0.0.1:5178'], ['localhost:5178'], ['LOCALHOST:5178']])('Host %j is served', async (host) => {
    expect((await local.request('/api/meta', { headers: { host } })).status).toBe(200);
  });

  it('a server on port 0 answers to the port it was given, and to no other', async () => {
    const running = await serveExplorer({ snapshot: SNAPSHOT, port: 0 });
    try {
      const port = Number(new URL(running.url).port);
      const get = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const req = httpRequest({ host: '127.0.0.1', port, path: '/api/meta', headers: { host } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on('error', reject);
          req.end();
        });
      expect(await get(`127.0.0.1:${port}`)).toBe(200);
      expect(await get(`localhost:${port}`)).toBe(200);
      expect(await get(`127.0.0.1:${port + 1}`)).toBe(403);
      expect(await get(`127.0.0.1.evil.example:${port}`)).toBe(403);
    } finally {
      await running.close();
    }
  });
});

describe('cross-site requests (item 3)', () => {
  it('a request as the page sends it reaches the route (the snapshot source has no Cypher: 404)', async () => {
    const res = await post();
    expect(res.status).toBe(404);
  });

  it.each([
    ['text/plain', { 'content-type': 'text/plain' }, 415],
    ['a form type', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }, 415],
    ['no content type', { 'content-type': undefined }, 415],
    ['another Origin', { origin: 'http://evil.example' }, 403],
    ['Origin null', { origin: 'null' }, 403],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }, 403],
    ['Sec-Fetch-Site: same-site (another port)', { 'sec-fetch-site': 'same-site' }, 403],
    ['no CSRF header', { 'x-claimgraph-csrf': undefined }, 403],
    ['a wrong CSRF header', { 'x-claimgraph-csrf': 'guess' }, 403],
  ])('POST with %s is refused', async (_name, change, status) => {
    const res = await post(change);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toBeTruthy();
  });

  it('every API answer carries the CSRF token for the page; a GET from another site is refused', async () => {
    const meta = await local.request('/api/meta', { headers: { host: HOST, 'sec-fetch-site': 'same-origin' } });
    expect(meta.headers.get('x-claimgraph-csrf')).toBe(CSRF);
    expect(meta.headers.get('access-control-allow-origin')).toBeNull();
    expect((await local.request('/api/graph', { headers: { host: HOST, 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    // The page itself may be opened from a link on any site.
    expect((await local.request('/', { headers: { host: HOST, 'sec-fetch-site': 'cross-site' } })).status).toBe(200);
  });

  it('the page sends the token it was given (the fetch wrapper keeps it)', async () => {
    const { readFile } = await import('node:fs/promises');
    const bundle = await readFile(join(import.meta.dirname, '..', '..', 'dist', 'viz', 'page', 'main.js'), 'utf8');
    expect(bundle).toContain('X-Claimgraph-Csrf');
  });
});

describe('request bodies are bounded (item 4)', () => {
  it('a body over 64 KiB is refused with 413 and a JSON error', async () => {
    const res = await post({}, JSON.stringify({ query: `RETURN '${'x'.repeat(70 * 1024)}'` }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toContain('64 KiB');
  });

  it('a huge declared body is refused before it is sent, not buffered', async () => {
    const running = await serveExplorer({ snapshot: SNAPSHOT, port: 0 });
    try {
      const port = Number(new URL(running.url).port);
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port, method: 'POST', path: '/api/cypher', headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'content-length': String(600 * 1024 * 1024) } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
            req.destroy();
          },
        );
        req.on('error', (err) => (err.message.includes('socket hang up') ? undefined : reject(err)));
        // Only the first kilobyte is ever sent: the answer must not wait for the other 600 MB.
        req.write('{"query":"'.padEnd(1024, 'x'));
        setTimeout(() => reject(new Error('no answer within 5 s: the server waits for the body')), 5000).unref();
      });
      expect(status).toBe(413);
    } finally {
      await running.close();
    }
  });
});

describe('the token redirect stays on this server (item 5)', () => {
  it.each([
    ['//evil.com/?token=s3cret', '/evil.com/'],
    ['//evil.com/?token=s3cret&focus=x', '/evil.com/?focus=x'],
    ['/\\evil.com/?token=s3cret', '/evil.com/'],
    ['/?token=s3cret&focus=person%3Ax', '/?focus=person%3Ax'],
  ])('GET %s redirects to the path %s', async (path, location) => {
    const guarded = await app({ host: '0.0.0.0', token: 's3cret' });
    const res = await guarded.request(`http://10.0.0.5:5178${path}`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(location);
    expect(new URL(res.headers.get('location')!, 'http://10.0.0.5:5178/').host).toBe('10.0.0.5:5178');
  });
});

describe('Neo4j down: the Cypher box answers at once (item 4)', () => {
  it('a refused connection is one line within seconds, not after the driver\'s 30 s of retries', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'x'));
    const started = Date.now();
    try {
      await expect(runReadCypher(driver, undefined, 'MATCH (n) RETURN n LIMIT 1', {}, { maxRows: 10, timeoutMs: 10_000 })).rejects.toThrow(/^Neo4j is not reachable \(.*ECONNREFUSED/);
    } finally {
      await driver.close();
    }
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('a Neo4j that never answers: the server\'s own wall clock ends the request (item 4)', () => {
  it('the answer comes after the time limit and a short grace, not when the driver gives up', async () => {
    // Accepts connections and says nothing: the Bolt handshake never completes.
    const sockets: Socket[] = [];
    const silent = createTcpServer((socket) => sockets.push(socket));
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const port = (silent.address() as { port: number }).port;
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'x'));
    const started = Date.now();
    try {
      await expect(runReadCypher(driver, undefined, 'RETURN 1', {}, { maxRows: 10, timeoutMs: 1000 })).rejects.toThrow('the query ran longer than 1 s and was stopped');
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      await driver.close();
    }
  });
});
