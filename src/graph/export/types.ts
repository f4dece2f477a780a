import type { Snapshot } from '../../snapshot/schema.js';
import type { GraphModel } from '../model.js';

/** What every exporter is given: the snapshot and its graph model (built once). */
export interface ExportInput {
  snapshot: Snapshot;
  graph: GraphModel;
}

/** One file an exporter writes: `name` is '' for the output path itself, else a file in the output directory. */
export interface ExportFile {
  name: string;
  text: string;
}

/**
 * An exporter: one format, one module, the same shape for all (as graphology's serialisers):
 * DEFAULTS for its options, and write(input, options), which formats each element through the
 * options' hooks and returns the files.
 */
export interface Exporter<Options extends object = object> {
  format: string;
  /** One line for `--help`. */
  description: string;
  /** `file`: --out is a file; `directory`: --out is a directory of files. */
  output: 'file' | 'directory';
  DEFAULTS: Options;
  write(input: ExportInput, options?: Partial<Options>): ExportFile[];
}

/** An exporter was given options it cannot use. */
export class ExportError extends Error {
  override name = 'ExportError';
}
