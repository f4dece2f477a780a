import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/**
 * A temporary directory for the tests of the calling file or `describe`: made before them (before
 * each one with `each`), removed with what it holds after. Returns a getter for its path.
 */
export function useTempDir(prefix: string, options: { each?: boolean } = {}): () => string {
  let dir: string | undefined;
  (options.each ? beforeEach : beforeAll)(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  (options.each ? afterEach : afterAll)(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return () => {
    if (!dir) throw new Error(`useTempDir(${prefix}): no directory outside the tests`);
    return dir;
  };
}
