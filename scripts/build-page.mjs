// Bundle the explorer page (src/viz/page) into dist/viz/page with esbuild: main.ts becomes one
// ES module with Cytoscape and fcose inside; index.html, styles.css and the icon are copied.
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src/viz/page');
const out = join(root, 'dist/viz/page');

await mkdir(out, { recursive: true });
await build({
  entryPoints: [join(src, 'main.ts')],
  outfile: join(out, 'main.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'safari16'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
for (const file of ['index.html', 'styles.css', 'favicon.svg']) await copyFile(join(src, file), join(out, file));
