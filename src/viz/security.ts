import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';

/**
 * The page loads only its own script and style: no inline scripts or styles, no other origins.
 * Images may be data:/blob: URLs (the PNG export); the page is never framed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers on every response, the API's JSON included. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'no-referrer');
    c.res.headers.set('X-Frame-Options', 'DENY');
    c.res.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    c.res.headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  };
}

const IPV4_LOOPBACK = /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** Whether the server's host is a loopback address (no token needed there). */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || IPV4_LOOPBACK.test(host);
}

/**
 * The Host header values a server bound to loopback `host` on `port` answers to: the address it
 * is bound to and `localhost`, with the port (and without it on port 80, as browsers send it).
 * Nothing else: `127.0.0.1.attacker.example` or `127.attacker.example` resolve wherever their
 * owner wants (DNS rebinding), so a prefix is never enough.
 */
export function loopbackHosts(host: string, port: number): Set<string> {
  const names = host === 'localhost' ? ['localhost', '127.0.0.1', '[::1]'] : [host === '::1' ? '[::1]' : host, 'localhost'];
  return new Set(names.flatMap((name) => (port === 80 ? [`${name}:80`, name] : [`${name}:${port}`])));
}

/**
 * On loopback, refuse requests whose Host header is not exactly one of loopbackHosts(host,
 * port()): a web page elsewhere cannot reach the API through DNS rebinding. The port is a
 * function because a server asked for port 0 learns its port once it listens.
 */
export function loopbackHostCheck(host: string, port: () => number): MiddlewareHandler {
  let known: { port: number; hosts: Set<string> } | undefined;
  return async (c, next) => {
    if (known?.port !== port()) known = { port: port(), hosts: loopbackHosts(host, port()) };
    const given = (c.req.header('host') ?? '').toLowerCase();
    if (!known.hosts.has(given)) return c.json({ error: `the explorer answers only to ${[...known.hosts].join(' or ')}, not to Host '${given}'` }, 403);
    await next();
  };
}

/** The most a request body may hold: the API takes small JSON (a query and its parameters). */
export const MAX_BODY_BYTES = 64 * 1024;

/** Refuse a body past MAX_BODY_BYTES, from its Content-Length before reading, or as it streams. */
export function bodySizeLimit(): MiddlewareHandler {
  return bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: `the request body is larger than ${MAX_BODY_BYTES / 1024} KiB` }, 413) });
}

/** The header that carries the per-server CSRF token, both ways. */
export const CSRF_HEADER = 'x-claimgraph-csrf';

/** The origin a same-origin request names: the scheme and the Host it was sent to. */
function ownOrigin(c: Context): string {
  return `${new URL(c.req.url).protocol}//${c.req.header('host') ?? ''}`.toLowerCase();
}

/**
 * Requests from other sites. Every API answer carries the per-server CSRF token in a header,
 * which only this server's own page can read (no CORS). Any request that is not a GET must send
 * it back in the same header, as `application/json`, and, when the browser says where it comes
 * from (Origin, Sec-Fetch-Site), from this origin. API GETs from another site are refused too:
 * they could not read the answer, but could make the server work.
 */
export function crossSiteGuard(csrfToken: string): MiddlewareHandler {
  return async (c, next) => {
    const api = c.req.path.startsWith('/api/');
    const site = c.req.header('sec-fetch-site');
    const reading = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (api && site !== undefined && site !== 'same-origin' && !(reading && site === 'none')) {
      return c.json({ error: `cross-site request refused (Sec-Fetch-Site: ${site})` }, 403);
    }
    if (!reading) {
      const origin = c.req.header('origin');
      if (origin !== undefined && origin.toLowerCase() !== ownOrigin(c)) return c.json({ error: `cross-origin request refused (Origin: ${origin})` }, 403);
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json') return c.json({ error: `the request body must be application/json, not '${type || 'none'}'` }, 415);
      const sent = c.req.header(CSRF_HEADER);
      if (sent === undefined || !same(sent, csrfToken)) return c.json({ error: `missing or wrong ${CSRF_HEADER} header (the page sends the one this server's API answers carry)` }, 403);
    }
    await next();
    if (api) c.res.headers.set(CSRF_HEADER, csrfToken);
  };
}

export const TOKEN_COOKIE = 'claimgraph_token';
const TOKEN_HEADER = 'x-claimgraph-token';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Bound to a non-loopback address, every request needs the token: `?token=` once (then it is
 * kept in an HttpOnly cookie and the URL is cleaned), the cookie, or the X-Claimgraph-Token
 * header (or `Authorization: Bearer`).
 */
export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    const fromQuery = c.req.query('token');
    if (fromQuery !== undefined && same(fromQuery, token)) {
      setCookie(c, TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      if (c.req.method === 'GET' && !c.req.path.startsWith('/api/')) {
        const url = new URL(c.req.url);
        url.searchParams.delete('token');
        // Only a path of this server: `//evil.example/` (or `/\\evil.example`) would leave it.
        return c.redirect(`/${url.pathname.replace(/^[/\\]+/, '')}${url.search}`, 302);
      }
      return next();
    }
    const bearer = c.req.header('authorization')?.replace(/^Bearer\s+/i, '');
    const given = c.req.header(TOKEN_HEADER) ?? bearer ?? getCookie(c, TOKEN_COOKIE);
    if (given !== undefined && same(given, token)) return next();
    return c.json({ error: 'this explorer needs its access token (see the URL printed by claimgraph serve)' }, 401);
  };
}
