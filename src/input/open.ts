import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * The most one document may hold: a `.txt` file, or one line of a `.jsonl` file. A news article is
 * a few kilobytes; 128 MiB bounds the memory one input can take (a string of it is 256 MiB) and
 * stays well below the longest string JavaScript can hold.
 */
export const MAX_DOCUMENT_BYTES = 128 * 1024 * 1024;

/** An input file opened for reading, or why it was not. */
export type Opened = { ok: true; handle: FileHandle; size: number } | { ok: false; reason: string; ruleId: string };

/** What a non-regular file is, for the message that skips it. */
function describeKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a directory';
  return 'a special file';
}

/** `1.5 GiB`, `200 MiB`, `64 KiB`, for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  if (bytes >= 2 ** 20) return `${Math.round(bytes / 2 ** 20)} MiB`;
  return `${Math.round(bytes / 2 ** 10)} KiB`;
}

/** The message for an input past `max` bytes (`bytes` undefined: it grew past it while read). */
export function tooLarge(what: string, bytes: number | undefined, max: number): { reason: string; ruleId: string } {
  const size = bytes === undefined ? `grew past ${formatBytes(max)} while read` : `is ${formatBytes(bytes)}`;
  return { reason: `${what} ${size}; one document may hold at most ${formatBytes(max)}, skipped`, ruleId: 'too-large' };
}

/**
 * Open `path` only if it is a regular file (after following symbolic links). The open is
 * non-blocking, so a FIFO nobody writes to cannot hang it, and the check is made on the opened
 * handle, so the file cannot be swapped between the check and the read. A device such as
 * /dev/zero or /dev/urandom is refused before a byte is read; so is a file past `maxBytes`
 * (JSONL files, many documents each, pass Infinity and bound each line instead).
 */
export async function openRegular(path: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<Opened> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? (err as Error).message})`, ruleId: code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  const stats = await handle.stat();
  if (!stats.isFile()) {
    await handle.close();
    return { ok: false, reason: `${describeKind(stats)}, not a regular file; skipped`, ruleId: 'not-regular' };
  }
  if (stats.size > maxBytes) {
    await handle.close();
    return { ok: false, ...tooLarge('file', stats.size, maxBytes) };
  }
  return { ok: true, handle, size: stats.size };
}

/**
 * Read a whole opened file, but never more than `maxBytes` (a file that grew past it since it was
 * opened gives undefined).
 */
export async function readBounded(handle: FileHandle, size: number, maxBytes = MAX_DOCUMENT_BYTES): Promise<Buffer | undefined> {
  // One byte more than expected tells a file that grew; growth up to the limit is read too.
  let buffer = Buffer.alloc(Math.min(size + 1, maxBytes + 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) return undefined;
      const bigger = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return length > maxBytes ? undefined : buffer.subarray(0, length);
}
