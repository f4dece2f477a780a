import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SourceModelSchema, type SourceModel } from '../extract/coref/source/index.js';

/** The committed source ranker (see models/source/README.md), relative to this module in src/ or dist/. */
export const SOURCE_MODEL_PATH = fileURLToPath(new URL('../../models/source/source-ranker.json', import.meta.url));

/**
 * Read the source ranker from `path`; null when there is no such file (the rules then choose the
 * speaker words). A file that is there but is not a source ranker is an error naming it.
 */
export function readSourceModel(path = SOURCE_MODEL_PATH): SourceModel | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new Error(`${path}: not JSON (${(err as Error).message})`);
  }
  const parsed = SourceModelSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: not a claimgraph source ranker (${parsed.error.issues[0]?.message ?? 'bad shape'})`);
  return parsed.data;
}
