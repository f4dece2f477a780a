import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../io/atomic.js';
import type { Exporter, ExportFile } from './types.js';

/**
 * Write an exporter's files: to `out` itself for a file format, into the directory `out`
 * (created if needed) for a directory format. Each file is written atomically.
 */
export async function writeExport(exporter: Exporter<object>, files: ExportFile[], out: string): Promise<string[]> {
  if (exporter.output === 'file') {
    await writeFileAtomic(out, [files[0]!.text]);
    return [out];
  }
  await mkdir(out, { recursive: true });
  const written: string[] = [];
  for (const f of files) {
    const path = join(out, f.name);
    await writeFileAtomic(path, [f.text]);
    written.push(path);
  }
  return written;
}
