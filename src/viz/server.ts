import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { createApi } from './api.js';
import { prepareExplorer, type Explorer } from './explorer.js';
import { bodySizeLimit, crossSiteGuard, isLoopback, loopbackHostCheck, requireToken, securityHeaders } from './security.js';
import { SnapshotSource } from './snapshot-source.js';
import type { GraphSource } from './source.js';
import { defaultPageDir, mountPage } from './static.js';
import { readDocumentTexts } from './texts.js';

export interface ServeExplorerOptions {
  /** Serve this snapshot file; without it, the graph is read from Neo4j. */
  snapshot?: string;
  /** Document inputs (dirs, .txt, .jsonl) to show statements in their sentences. */
  docs?: string[];
  /** Default 127.0.0.1. Any other address requires the access token. */
  host?: string;
  /** Default 5178; 0 picks a free port. */
  port?: number;
  /** The access token to require off loopback (generated when not given). */
  token?: string;
  /** Where the bundled page is (default: dist/viz/page). */
  pageDir?: string;
  /** Environment and directory used to find Neo4j (default: process.env, process.cwd()). */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** One-line warnings (unreadable document inputs …); default: ignored. */
  warn?: (line: string) => void;
}

export interface RunningExplorer {
  /** The address to open, with `?token=` when one is needed. */
  url: string;
  /** Set when the server is bound off loopback. */
  token?: string;
  /** The CSRF token every non-GET request must send in X-Claimgraph-Csrf (API answers carry it too). */
  csrfToken: string;
  /** Sizes of what is served, for the start-up line. */
  counts: { documents: number; entities: number; statements: number; texts: number };
  close(): Promise<void>;
}

export const DEFAULT_PORT = 5178;

async function openSource(options: ServeExplorerOptions): Promise<GraphSource> {
  if (options.snapshot) return new SnapshotSource(options.snapshot);
  const { Neo4jSource } = await import('./neo4j-source.js');
  return Neo4jSource.open(options.env ?? process.env, options.cwd ?? process.cwd());
}

/** How createApp guards the app (see security.ts). */
export interface AppOptions {
  host: string;
  /** The port the server listens on (a function: known once it listens); default DEFAULT_PORT. */
  port?: number | (() => number);
  /** Off loopback, the access token every request needs. */
  token?: string;
  /** The CSRF token the page sends back on POST (generated when not given). */
  csrfToken?: string;
  pageDir?: string;
}

/** Build the HTTP app: security first (headers, body size, host or token, cross-site), then the API, then the page. */
export async function createApp(explorer: Explorer, opts: AppOptions): Promise<Hono> {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', bodySizeLimit());
  if (opts.token) app.use('*', requireToken(opts.token));
  else {
    const given = opts.port;
    app.use('*', loopbackHostCheck(opts.host, typeof given === 'function' ? given : () => given ?? DEFAULT_PORT));
  }
  app.use('*', crossSiteGuard(opts.csrfToken ?? randomBytes(24).toString('base64url')));
  app.route('/api', createApi(explorer));
  await mountPage(app, opts.pageDir ?? defaultPageDir());
  app.notFound((c) => c.json({ error: `no such ${c.req.path.startsWith('/api/') ? 'API route' : 'page'}: ${c.req.method} ${c.req.path}` }, 404));
  app.onError((err, c) => c.json({ error: err.message.split('\n')[0] }, 500));
  return app;
}

/**
 * Read the graph (snapshot or Neo4j) and serve the explorer page and its API until close().
 * Used by `claimgraph serve` and by `claimgraph start`.
 */
export async function serveExplorer(options: ServeExplorerOptions): Promise<RunningExplorer> {
  const host = options.host ?? '127.0.0.1';
  const token = isLoopback(host) ? undefined : (options.token ?? randomBytes(24).toString('base64url'));
  const source = await openSource(options);
  let server: ServerType | undefined;
  try {
    const corpus = await source.load();
    const texts = options.docs?.length
      ? await readDocumentTexts(options.docs, new Set(corpus.documents.keys()), options.warn ?? (() => {}))
      : new Map<string, string>();
    const explorer = prepareExplorer(source, corpus, texts);
    const port = options.port ?? DEFAULT_PORT;
    let bound = port;
    const csrfToken = randomBytes(24).toString('base64url');
    const app = await createApp(explorer, { host, port: () => bound, token, csrfToken, pageDir: options.pageDir });
    server = await listen(app, host, port);
    bound = (server.address() as AddressInfo).port;
    const shown = host.includes(':') ? `[${host}]` : host;
    const url = `http://${shown}:${bound}/${token ? `?token=${token}` : ''}`;
    const running = server;
    return {
      url,
      token,
      csrfToken,
      counts: { ...explorer.meta.counts, texts: texts.size },
      close: async () => {
        await new Promise<void>((resolve) => running.close(() => resolve()));
        await source.close();
      },
    };
  } catch (err) {
    server?.close();
    await source.close();
    throw err;
  }
}

/** Listen, turning "address in use" into one clear line. */
function listen(app: Hono, hostname: string, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname, port }, () => resolve(server));
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') reject(new Error(`port ${port} on ${hostname} is in use (choose another with --port, or --port 0 for any free one)`));
      else reject(new Error(`cannot listen on ${hostname}:${port} (${err.code ?? err.message})`));
    });
  });
}
