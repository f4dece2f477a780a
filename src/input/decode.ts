import { replaceLoneSurrogates } from './surrogates.js';

/**
 * Bytes of an input file to text, exactly as the snapshot spec reads it: UTF-8 decoded and a
 * leading BOM removed, nothing else changed. UTF-16 with a byte-order mark is decoded as UTF-16,
 * its lone surrogates replaced by U+FFFD (`replaced` counts them; see surrogates.ts).
 * Returns the problem instead of throwing, so one bad file never stops the others.
 */
export type Decoded = { ok: true; text: string; replaced?: number } | { ok: false; reason: string; ruleId: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Byte offset of the first invalid UTF-8 sequence, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeUtf16(bytes, 'UTF-16LE');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeUtf16(bytes, 'UTF-16BE');
  }
  if (bytes.includes(0)) {
    return { ok: false, reason: `binary file (NUL byte at offset ${bytes.indexOf(0)}), not text`, ruleId: 'binary' };
  }
  let text: string;
  try {
    text = utf8.decode(bytes); // strips a leading UTF-8 BOM
  } catch {
    return { ok: false, reason: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`, ruleId: 'invalid-utf8' };
  }
  if (text.trim() === '') return { ok: false, reason: text === '' ? 'empty file' : 'file holds only white space', ruleId: 'empty' };
  return { ok: true, text };
}

/** UTF-16 after its byte-order mark; Node's decoder keeps lone surrogates, which are then replaced. */
function decodeUtf16(bytes: Uint8Array, name: 'UTF-16LE' | 'UTF-16BE'): Decoded {
  if (bytes.length % 2 !== 0) return { ok: false, reason: `invalid ${name} (an odd number of bytes)`, ruleId: 'invalid-utf16' };
  const units = Buffer.from(bytes.subarray(2));
  if (name === 'UTF-16BE') units.swap16();
  const { text, replaced } = replaceLoneSurrogates(units.toString('utf16le'));
  if (text.includes('\0')) return { ok: false, reason: `binary file (NUL in ${name} text), not text`, ruleId: 'binary' };
  if (text.trim() === '') return { ok: false, reason: 'file holds only white space', ruleId: 'empty' };
  return replaced > 0 ? { ok: true, text, replaced } : { ok: true, text };
}
