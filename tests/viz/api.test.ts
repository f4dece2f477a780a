import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { corpusFromSnapshot } from '../../src/viz/corpus.js';
import { prepareExplorer } from '../../src/viz/explorer.js';
import { CONTENT_SECURITY_POLICY, createApp, serveExplorer, SnapshotSource, type CypherResponse, type DocumentView, type EdgeStatementsResponse, type EntityProfile, type GraphResponse, type GraphSource, type StatementsResponse } from '../../src/viz/index.js';
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

/**
 * The headers of a POST from the page: JSON, and the per-server CSRF token that every API
 * answer carries (X-Claimgraph-Csrf, from the hardening of the server).
 */
async function postHeaders(server: Hono): Promise<Record<string, string>> {
  const token = (await server.request('/api/meta', LOCAL)).headers.get('x-claimgraph-csrf') ?? '';
  return { ...LOCAL.headers, 'content-type': 'application/json', 'x-claimgraph-csrf': token };
}

describe('API: malformed requests are 400 with a JSON error', () => {
  it.each([
    ['/api/graph?min=abc', 'min'],
    ['/api/graph?min=0', 'min'],
    ['/api/graph?kinds=direct,shouted', 'kinds'],
    ['/api/graph?types=', 'types'],
    ['/api/graph?from=2024-13', 'from'],
    ['/api/graph?colour=red', 'colour'],
    ['/api/graph?budget=5', 'budget'],
    ['/api/graph?steps=0', 'steps'],
    ['/api/graph?stances=angry', 'stances'],
    ['/api/graph?focus=person:x&zoom=2', 'zoom'],
    ['/api/statements?entity=person:x&doc=001', 'at most one of'],
    ['/api/statements?role=said', 'role goes with entity'],
    ['/api/statements?sort=colour', 'sort'],
    [`/api/statements?q=${'x'.repeat(201)}`, '200 characters'],
    ['/api/entity', 'id'],
    ['/api/entity?id=person:x&colour=red', 'colour'],
    ['/api/document?id=xss.txt&page=2', 'page'],
    ['/api/statements?speaker=person:x&target=place:y', 'speaker, target and rel'],
    ['/api/statements?entity=person:x&limit=100000', 'limit'],
  ])('%s', async (path, word) => {
    const res = await local.request(path, LOCAL);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as { error: string };
    expect(body.error).toContain(word);
  });

  it('the snapshot source has no Cypher box: 404 naming Neo4j', async () => {
    const res = await local.request('/api/cypher', { method: 'POST', body: '{"query":"RETURN 1"}', headers: await postHeaders(local) });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toContain('Neo4j');
  });

  it('a Cypher body that is not JSON, or has unknown fields, is 400 and never reaches the source', async () => {
    // A source that has a Cypher box and records what reaches it (the validation is the API's).
    const ran: string[] = [];
    const corpus = corpusFromSnapshot(await readSnapshot(SNAPSHOT));
    const source: GraphSource = {
      kind: 'neo4j',
      label: 'recording source',
      load: async () => corpus,
      runCypher: async (query): Promise<CypherResponse> => {
        ran.push(query);
        return { columns: ['x'], rows: [[1]], graph: { nodes: [], edges: [] }, truncated: false, ms: 0 };
      },
      close: async () => {},
    };
    const withCypher = await createApp(prepareExplorer(source, corpus, new Map()), { host: '127.0.0.1' });
    const headers = await postHeaders(withCypher);
    const post = (body: string) => withCypher.request('/api/cypher', { method: 'POST', body, headers });
    for (const [body, word] of [['RETURN 1', 'not JSON'], ['{"query": "RETURN 1", "write": true}', 'write'], ['{"query": 1}', 'query'], ['{"query": "RETURN 1", "limit": 100000}', 'limit']] as const) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(((await res.json()) as { error: string }).error).toContain(word);
    }
    expect(ran).toEqual([]);
    const ok = await post('{"query": "RETURN 1 AS x"}');
    expect(ok.status).toBe(200);
    expect(ran).toEqual(['RETURN 1 AS x']);
  });

  it('edge statements: a malformed edge id or body is 400', async () => {
    const headers = await postHeaders(local);
    const post = (body: string) => local.request('/api/edge-statements', { method: 'POST', body, headers });
    expect((await post('not json')).status).toBe(400);
    const bad = await post('{"edges": ["person:x"]}');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain('rel|speaker|target');
    expect((await post('{"edges": [], "extra": 1}')).status).toBe(400);
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

async function get<T>(path: string): Promise<T> {
  const res = await local.request(path, LOCAL);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

const VELAYATI = 'person:ali-akbar-velayati';
const HANIYEH = 'person:ismail-haniyeh';
const MALLORY = 'person:mallory-example';

describe('API: the overview and focus views', () => {
  it('the overview draws the entities of highest score, the score being said + about/to + mentions/10', async () => {
    const everything = await get<GraphResponse>('/api/graph?budget=1000');
    for (const n of everything.nodes) expect(n.score).toBeCloseTo(n.quoted + n.targeted + n.mentioned / 10);
    const ranked = [...everything.nodes].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const ten = await get<GraphResponse>('/api/graph?budget=10');
    expect(ten.view).toMatchObject({ mode: 'overview', budget: 10 });
    expect(ten.nodes.map((n) => n.id).sort()).toEqual(ranked.slice(0, 10).map((n) => n.id).sort());
    expect(ten.more).toBe(everything.nodes.length - 10);
    // Velayati said five statements: the highest score of the fixture, so the biggest node.
    expect(ranked[0]!.id).toBe(VELAYATI);
    expect(Math.max(...ten.nodes.map((n) => n.size))).toBe(ten.nodes.find((n) => n.id === VELAYATI)!.size);
    for (const e of ten.edges) expect(ten.nodes.some((n) => n.id === e.source) && ten.nodes.some((n) => n.id === e.target)).toBe(true);
  });

  it('the same request gives the same positions, from a new server too', async () => {
    const a = await get<GraphResponse>('/api/graph');
    const other = await app();
    const b = (await (await other.request('/api/graph', LOCAL)).json()) as GraphResponse;
    expect(b.nodes.map((n) => [n.id, n.x, n.y])).toEqual(a.nodes.map((n) => [n.id, n.x, n.y]));
  });

  it('a focus draws the entity and its neighbours; an unknown focus draws nothing', async () => {
    const focus = await get<GraphResponse>(`/api/graph?focus=${VELAYATI}`);
    expect(focus.view).toMatchObject({ mode: 'focus', focus: VELAYATI, steps: 1 });
    // Velayati spoke about Hamas, Hezbollah, Israel and Lebanon, and to Haniyeh and Nakhala.
    expect(focus.nodes.map((n) => n.id).sort()).toEqual([VELAYATI, HANIYEH, 'person:ziad-al-nakhala', 'organization:hamas', 'organization:hezbollah', 'place:israel', 'place:lebanon'].sort());
    expect((await get<GraphResponse>('/api/graph?focus=person:nobody')).nodes).toEqual([]);
  });
});

describe('API: stance and repeated claims', () => {
  it('edges count statements and claims apart, and tally the sides taken', async () => {
    const g = await get<GraphResponse>('/api/graph');
    const edge = (s: string, t: string) => g.edges.find((e) => e.rel === 'about' && e.source === s && e.target === t)!;
    // Mallory's "would never notice" is in two documents (one claim) beside the <script> quote.
    expect(edge(MALLORY, 'organization:claimgraph-project')).toMatchObject({ count: 3, claims: 2 });
    expect(edge(VELAYATI, 'organization:hezbollah')).toMatchObject({ count: 3, claims: 3, stances: { support: 1, oppose: 0, neutral: 2 } });
    expect(edge(VELAYATI, 'place:israel').stances).toEqual({ support: 0, oppose: 1, neutral: 0 });
  });

  it('the stance filter keeps the statements taking that side towards a target', async () => {
    const g = await get<GraphResponse>('/api/graph?stances=oppose');
    expect(g.edges.filter((e) => e.rel === 'about').map((e) => `${e.source}>${e.target}`).sort()).toEqual([`${HANIYEH}>place:israel`, `${VELAYATI}>place:israel`].sort());
    const st = await get<StatementsResponse>('/api/statements?stances=support');
    expect(st.statements.map((s) => s.id).sort()).toEqual(['st:001_8c86ff3701bfb714.txt:2212', 'st:001_8c86ff3701bfb714.txt:917']);
  });

  it('a card carries the stance with its deciding words marked, and the claim’s other outlets', async () => {
    const st = await get<StatementsResponse>(`/api/statements?speaker=${VELAYATI}&target=organization:hezbollah&rel=about`);
    const flag = st.statements.find((s) => s.content.startsWith('the flag-bearer'))!;
    expect(flag.stance).toContainEqual({ entityId: 'organization:hezbollah', name: 'Hezbollah', stance: 'support', score: 0.8, evidence: 'the flag-bearer of struggle' });
    const mark = flag.sentence!.marks.find((m) => m.kind === 'stance')!;
    expect(flag.sentence!.text.slice(mark.start, mark.end)).toBe('the flag-bearer of struggle');
    expect(mark.stance).toBe('support');
    const copy = (await get<StatementsResponse>('/api/statements?doc=wire-copy.txt')).statements[0]!;
    expect(copy.claim).toMatchObject({ copies: 2, otherDocuments: 1, otherOutlets: ['Test Wire'], firstSeen: { docId: 'xss.txt', source: 'Test Wire' } });
  });
});

describe('API: statements as a table, search, profile, document', () => {
  it('lists every statement in the filters, sorted as asked', async () => {
    const all = await get<StatementsResponse>('/api/statements?limit=500');
    expect(all.total).toBe(12);
    const bySpeaker = await get<StatementsResponse>('/api/statements?sort=speaker&limit=500');
    const names = bySpeaker.statements.map((s) => s.speaker?.name ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const newest = await get<StatementsResponse>('/api/statements?sort=-date&limit=1');
    expect(newest.statements[0]!.doc.id).toBe('wire-copy.txt');
  });

  it('said by / to / about split an entity’s statements', async () => {
    const count = async (role: string) => (await get<StatementsResponse>(`/api/statements?entity=${HANIYEH}&role=${role}`)).total;
    // Haniyeh said two things; Velayati told him one; nobody spoke about him without speaking to him.
    expect([await count('said'), await count('to'), await count('about')]).toEqual([2, 1, 0]);
    expect(await count('any')).toBe(3);
  });

  it('a search finds the statements holding the word, the quoted ones first, with who said them', async () => {
    const res = await get<StatementsResponse>('/api/statements?q=Defeat');
    const ids = res.statements.map((s) => s.id);
    // "defeat" is quoted by Velayati ("met with defeat") and Haniyeh ("we will defeat").
    expect(ids.slice(0, 2).sort()).toEqual(['st:001_8c86ff3701bfb714.txt:1027', 'st:001_8c86ff3701bfb714.txt:2583']);
    expect(res.speakers!.map((s) => s.id).sort()).toEqual(expect.arrayContaining([HANIYEH, VELAYATI]));
    const hit = res.statements[0]!.sentence!.marks.find((m) => m.kind === 'hit')!;
    expect(res.statements[0]!.sentence!.text.slice(hit.start, hit.end).toLowerCase()).toBe('defeat');
    expect((await get<StatementsResponse>('/api/statements?q=ceasefire')).total).toBe(0);
    expect((await get<StatementsResponse>(`/api/statements?q=victories&entity=${HANIYEH}&role=said`)).total).toBe(1);
  });

  it('a profile has roles, counts, whom it talks about, and its documents', async () => {
    const p = await get<EntityProfile>(`/api/entity?id=${HANIYEH}`);
    expect(p.relations).toContainEqual(expect.objectContaining({ type: 'HOLDS_ROLE', role: 'head of the Political Bureau', other: { id: 'organization:hamas', name: 'Hamas', type: 'Organization' }, outgoing: true }));
    expect(p.counts).toMatchObject({ said: 2, to: 1, about: 0, documents: 1 });
    expect(p.talksAbout.map((e) => [e.id, e.count]).sort()).toEqual([['place:iran', 1], ['place:israel', 1]]);
    const v = await get<EntityProfile>(`/api/entity?id=${VELAYATI}`);
    expect(v.talksAbout[0]).toMatchObject({ id: 'organization:hezbollah', count: 3 });
    expect(v.timeline).toEqual([{ month: '2024-12', said: 5, to: 0, about: 0 }]);
    const israel = await get<EntityProfile>('/api/entity?id=place:israel');
    expect(israel.talkedAboutBy.map((e) => e.id).sort()).toEqual([HANIYEH, VELAYATI].sort());
    expect((await local.request('/api/entity?id=person:nobody', LOCAL)).status).toBe(404);
  });

  it('a document comes with its text, every statement and mention marked, and only an http(s) source link', async () => {
    const d = await get<DocumentView>('/api/document?id=001_8c86ff3701bfb714.txt');
    expect(d.url).toBe('https://example.org/news/resistance-victories');
    expect(d.statements).toHaveLength(9);
    const stmt = d.marks.filter((m) => m.kind === 'statement');
    expect(stmt).toHaveLength(9);
    for (const m of stmt) expect(d.text!.slice(m.start, m.end)).toBe(d.statements.find((s) => s.id === m.statementId)!.content);
    expect(d.marks.some((m) => m.kind === 'mention' && d.text!.slice(m.start, m.end) === 'Ali Akbar Velayati')).toBe(true);
    const hostile = await get<DocumentView>('/api/document?id=xss.txt');
    expect(hostile.url).toBeUndefined();
    expect(hostile.text).toContain('<script>');
  });

  it('edge statements: the ids and words behind each edge of a view', async () => {
    const res = await local.request('/api/edge-statements', { method: 'POST', body: JSON.stringify({ edges: [`about|${MALLORY}|organization:claimgraph-project`], filters: { kinds: 'indirect' } }), headers: await postHeaders(local) });
    const body = (await res.json()) as EdgeStatementsResponse;
    expect(body.edges[`about|${MALLORY}|organization:claimgraph-project`]).toEqual({ ids: ['st:wire-copy.txt:21', 'st:xss.txt:201'], contents: ['the Claimgraph Project would never notice', 'the Claimgraph Project would never notice'] });
  });
});
