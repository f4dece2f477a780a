import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
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

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether the server's host is a loopback address (no token needed there). */
export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/**
 * On loopback, refuse requests whose Host header names another host: a web page elsewhere
 * cannot reach the API through DNS rebinding.
 */
export function loopbackHostCheck(): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? '';
    const name = host.replace(/:\d+$/, '');
    if (!LOOPBACK_NAMES.has(name) && !name.startsWith('127.')) {
      return c.json({ error: `the explorer answers only on loopback addresses, not '${host}'` }, 403);
    }
    await next();
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
        return c.redirect(`${url.pathname}${url.search}`, 302);
      }
      return next();
    }
    const bearer = c.req.header('authorization')?.replace(/^Bearer\s+/i, '');
    const given = c.req.header(TOKEN_HEADER) ?? bearer ?? getCookie(c, TOKEN_COOKIE);
    if (given !== undefined && same(given, token)) return next();
    return c.json({ error: 'this explorer needs its access token (see the URL printed by claimgraph serve)' }, 401);
  };
}
