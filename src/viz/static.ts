import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The files of the bundled page (what scripts/build-page.mjs writes). */
const FILES = ['index.html', 'main.js', 'main.js.map', 'styles.css', 'favicon.svg'];

/**
 * Where the bundled page is: next to the compiled server (dist/viz/page), or, when the server
 * runs from its TypeScript sources (tests), in the project's dist/viz/page.
 */
export function defaultPageDir(): string {
  const here = fileURLToPath(new URL('./page/', import.meta.url));
  if (existsSync(join(here, 'main.js'))) return here;
  return fileURLToPath(new URL('../../dist/viz/page/', import.meta.url));
}

/** A page file that is not there: the build did not bundle it. */
export class PageMissingError extends Error {
  override name = 'PageMissingError';
}

/** Read the page's files into memory and serve them at `/` and `/NAME`. */
export async function mountPage(app: Hono, dir: string): Promise<void> {
  const files = new Map<string, { body: Uint8Array; type: string }>();
  for (const name of FILES) {
    const path = join(dir, name);
    if (!existsSync(path)) {
      if (name === 'index.html' || name === 'main.js') throw new PageMissingError(`${path}: the page is not built (run npm run build)`);
      continue;
    }
    files.set(name, { body: new Uint8Array(await readFile(path)), type: TYPES[name.slice(name.lastIndexOf('.'))]! });
  }
  const send = (c: Context, name: string) => {
    const file = files.get(name);
    if (!file) return c.json({ error: `no such file: ${c.req.path}` }, 404);
    return c.body(file.body as unknown as ArrayBuffer, 200, { 'Content-Type': file.type });
  };
  app.get('/', (c) => send(c, 'index.html'));
  app.get('/:name{[a-z][a-z.]*}', (c) => send(c, c.req.param('name')));
}
