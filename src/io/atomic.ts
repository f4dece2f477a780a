import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

const pendingTemps = new Set<string>();
let hooked = false;

/** On Ctrl-C or SIGTERM, remove every temporary file still being written, then end as a signal would. */
function hookSignals(): void {
  if (hooked) return;
  hooked = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const temp of pendingTemps) {
        try {
          unlinkSync(temp);
        } catch {
          /* already gone */
        }
      }
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Write `chunks` to `path` so that readers see the old file or the whole new one, never a part:
 * the data goes to a temporary file beside it, which is renamed over `path` once complete.
 * Two writers of the same path each write their own temporary file; the last rename wins whole.
 */
export async function writeFileAtomic(path: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  hookSignals();
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pendingTemps.add(temp);
  const handle = await open(temp, 'w', 0o644);
  try {
    for await (const chunk of chunks) await handle.write(chunk);
    await handle.sync();
    await handle.close();
    await rename(temp, path);
  } catch (err) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw err;
  } finally {
    pendingTemps.delete(temp);
  }
}
