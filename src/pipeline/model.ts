import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { decodeModel, type ModelHeader } from '../extract/ner/format.js';
import type { NerModel } from '../extract/ner/model.js';

/** The entity recognizer shipped with claimgraph: `models/ner/` of the repository. */
export const DEFAULT_MODEL_DIR = fileURLToPath(new URL('../../models/ner/', import.meta.url));

/** The files of a model directory. */
export const MODEL_FILES = { header: 'ner.json', data: 'ner.bin' } as const;

/** A model directory that cannot be used; the message names the file and the problem. */
export class ModelError extends Error {
  override name = 'ModelError';
}

/**
 * Read a recognizer from a model directory (`ner.json` + `ner.bin`), as `claimgraph train`
 * writes it. Done once per process or worker thread, at the edge: extraction is given the
 * result and never reads files.
 */
export function readRecognizer(dir: string = DEFAULT_MODEL_DIR): NerModel {
  const { header, bytes, headerFile } = readModelFiles(dir);
  try {
    return decodeModel(header, bytes);
  } catch (err) {
    throw new ModelError(`${headerFile}: ${(err as Error).message}`);
  }
}

/** The header and the inflated data of a model directory, unchecked. */
export function readModelFiles(dir: string): { header: ModelHeader; bytes: Uint8Array; headerFile: string } {
  const headerFile = join(dir, MODEL_FILES.header);
  const dataFile = join(dir, MODEL_FILES.data);
  if (!existsSync(headerFile)) throw new ModelError(`${headerFile}: no such file (a model directory holds ${MODEL_FILES.header} and ${MODEL_FILES.data})`);
  let header: ModelHeader;
  try {
    header = JSON.parse(readFileSync(headerFile, 'utf8')) as ModelHeader;
  } catch (err) {
    throw new ModelError(`${headerFile}: not JSON (${(err as Error).message})`);
  }
  let bytes: Uint8Array;
  try {
    bytes = inflateSync(readFileSync(dataFile));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ModelError(`${dataFile}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${(err as Error).message})`}`);
  }
  return { header, bytes, headerFile };
}

/** The shipped recognizer, or undefined when this copy of claimgraph has none. */
export function readDefaultRecognizer(): NerModel | undefined {
  return existsSync(join(DEFAULT_MODEL_DIR, MODEL_FILES.header)) ? readRecognizer(DEFAULT_MODEL_DIR) : undefined;
}
