import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { corpusFromSnapshot } from '../../src/viz/corpus.js';
import { prepareExplorer } from '../../src/viz/explorer.js';
import { CONTENT_SECURITY_POLICY, createApp, serveExplorer, SnapshotSource, type GraphResponse, type StatementsResponse } from '../../src/viz/index.js';
import { readDocumentTexts } from '../../src/viz/texts.js';
import { readSnapshot } from '../../src/snapshot/read.js';
import { buildPage } from './browser.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const SNAPSHOT = join(FIXTURES, 'snapshot.json');
const DOCS = [join(import.meta.dirname, '..', '..', 'corpus', '001_8c86ff3701bfb714.txt'), join(FIXTURES, 'docs')];
const LOCAL = { headers: { host: '127.0.0.1:5178' } };

async function app(token?: string): Promise<Hono> {
  const corpus = corpusFromSnapshot(await readSnapshot(SNAPSHOT));
  const texts = await readDocumentTexts(DOCS, new Set(corpus.documents.keys()), () => {});
  return createApp(prepareExplorer(new SnapshotSource(SNAPSHOT), corpus, texts), { host: token ? '0.0.0.0' : '127.0.0.1', token });
}

let local: Hono;
beforeAll(async () => {
  buildPage();
  local = await app();
});

describe('API: malformed requests are 400 with a JSON error', () => {
  it.each([
    ['/api/graph?min=abc', 'min'],
    ['/api/graph?min=0', 'min'],
    ['/api/graph?kinds=direct,shouted', 'kinds'],
    ['/api/graph?types=', 'types'],
    ['/api/graph?from=2024-13', 'from'],
    ['/api/graph?colour=red', 'colour'],
    ['/api/statements', 'exactly one of'],
    ['/api/statements?entity=person:x&doc=001', 'exactly one of'],
    ['/api/statements?speaker=person:x&target=place:y', 'speaker, target and rel'],
    ['/api/statements?entity=person:x&limit=100000', 'limit'],
  ])('%s', async (path, word) => {
    const res = await local.request(path, LOCAL);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as { error: string };
    expect(body.error).toContain(word);
  });

  it('a Cypher body that is not JSON, or has unknown fields, is 400 (Neo4j source); the snapshot source has no Cypher box (404)', async () => {
    const csrf = (await local.request('/api/meta', LOCAL)).headers.get('x-claimgraph-csrf')!;
    const res = await local.request('/api/cypher', { method: 'POST', body: '{"query":"RETURN 1"}', headers: { ...LOCAL.headers, 'content-type': 'application/json', 'x-claimgraph-csrf': csrf } });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toContain('Neo4j');
  });

  it('an unknown API route is a JSON 404', async () => {
    const res = await local.request('/api/nothing', LOCAL);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toContain('/api/nothing');
  });
});

describe('API: answers', () => {
  it('the graph: speaker → target edges with counts, filters applied', async () => {
    const all = (await (await local.request('/api/graph', LOCAL)).json()) as GraphResponse;
    const edge = all.edges.find((e) => e.source === 'person:ali-akbar-velayati' && e.target === 'organization:hezbollah');
    expect(edge).toMatchObject({ rel: 'about', count: 3, kinds: { direct: 1, partial: 2, indirect: 0 } });
    expect(all.edges.find((e) => e.rel === 'addressed' && e.target === 'person:ismail-haniyeh')?.count).toBe(1);
    const direct = (await (await local.request('/api/graph?kinds=direct&types=Person,Organization', LOCAL)).json()) as GraphResponse;
    expect(direct.nodes.every((n) => n.type !== 'Place')).toBe(true);
    expect(direct.edges.find((e) => e.target === 'organization:hezbollah')?.count).toBe(1);
    const dated = (await (await local.request('/api/graph?from=2025-01-01', LOCAL)).json()) as GraphResponse;
    expect(dated.nodes.map((n) => n.id).sort()).toEqual(['organization:claimgraph-project', 'person:mallory-example']);
  });

  it('statements of an edge come with their sentence and marks relative to it', async () => {
    const res = await local.request('/api/statements?speaker=person:ali-akbar-velayati&target=organization:hezbollah&rel=about', LOCAL);
    const body = (await res.json()) as StatementsResponse;
    expect(body.total).toBe(3);
    const flag = body.statements.find((s) => s.content.startsWith('the flag-bearer'))!;
    expect(flag.sentence!.text).toBe('Velayati considered Hezbollah to be “the flag-bearer of struggle in Lebanon and the Muslim world.”');
    const quote = flag.sentence!.marks.find((m) => m.kind === 'quote')!;
    expect(flag.sentence!.text.slice(quote.start, quote.end)).toBe(flag.content);
    const names = flag.sentence!.marks.filter((m) => m.kind === 'name').map((m) => flag.sentence!.text.slice(m.start, m.end));
    expect(names).toEqual(['Velayati', 'Hezbollah', 'Lebanon']);
    expect(flag.doc).toMatchObject({ source: 'Iran Front Page', publishedAt: '2024-12-27' });
  });
});

describe('security', () => {
  it('every response carries the Content-Security-Policy (no inline scripts) and nosniff', async () => {
    for (const path of ['/', '/main.js', '/api/meta', '/api/graph?min=x']) {
      const res = await local.request(path, LOCAL);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('on loopback, a request for another Host name is refused (DNS rebinding)', async () => {
    const res = await local.request('/api/meta', { headers: { host: 'attacker.example:5178' } });
    expect(res.status).toBe(403);
  });

  it('bound elsewhere, the token is required: ?token= once sets a cookie, or the header', async () => {
    const guarded = await app('s3cret-token');
    expect((await guarded.request('/api/meta')).status).toBe(401);
    expect((await guarded.request('/')).status).toBe(401);
    expect((await guarded.request('/api/meta', { headers: { 'x-claimgraph-token': 'wrong' } })).status).toBe(401);
    expect((await guarded.request('/api/meta', { headers: { 'x-claimgraph-token': 's3cret-token' } })).status).toBe(200);
    expect((await guarded.request('/api/meta', { headers: { authorization: 'Bearer s3cret-token' } })).status).toBe(200);
    const first = await guarded.request('/?token=s3cret-token&focus=person%3Ax');
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe('/?focus=person%3Ax');
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const again = await guarded.request('/api/meta', { headers: { cookie: cookie.split(';')[0]! } });
    expect(again.status).toBe(200);
  });

  it('serveExplorer binds 127.0.0.1 without a token, and generates one for another address', async () => {
    const plain = await serveExplorer({ snapshot: SNAPSHOT, port: 0 });
    try {
      expect(plain.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(plain.token).toBeUndefined();
      expect((await fetch(`${plain.url}api/meta`)).status).toBe(200);
    } finally {
      await plain.close();
    }
    const open = await serveExplorer({ snapshot: SNAPSHOT, port: 0, host: '0.0.0.0' });
    try {
      expect(open.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(open.url).toContain(`?token=${open.token}`);
      const base = open.url.replace('0.0.0.0', '127.0.0.1').replace(/\?.*$/, '');
      expect((await fetch(`${base}api/meta`)).status).toBe(401);
      expect((await fetch(`${base}api/meta`, { headers: { 'x-claimgraph-token': open.token! } })).status).toBe(200);
    } finally {
      await open.close();
    }
  });
});
