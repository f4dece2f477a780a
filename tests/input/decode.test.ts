import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/decode.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it.each([
    ['plain UTF-8', utf8('Velayati said “yes”.'), 'Velayati said “yes”.'],
    ['a UTF-8 BOM is removed', bytes(0xef, 0xbb, 0xbf, ...utf8('Hi there')), 'Hi there'],
    ['CRLF is kept as it is', utf8('Line one\r\nLine two'), 'Line one\r\nLine two'],
    ['UTF-16LE with a BOM', bytes(0xff, 0xfe, 0x48, 0, 0x69, 0), 'Hi'],
    ['UTF-16BE with a BOM', bytes(0xfe, 0xff, 0, 0x48, 0, 0x69), 'Hi'],
  ])('%s', (_name, input, text) => {
    expect(decodeText(input)).toEqual({ ok: true, text });
  });

  it.each([
    ['an empty file', bytes(), 'empty'],
    ['white space only', utf8(' \n\t\r\n '), 'empty'],
    ['a NUL byte', bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x14), 'binary'],
    ['invalid UTF-8', bytes(0x48, 0x69, 0xc3, 0x28), 'invalid-utf8'],
  ])('refuses %s', (_name, input, ruleId) => {
    const result = decodeText(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.ruleId).toBe(ruleId);
  });

  it('names the byte where UTF-8 goes wrong', () => {
    const result = decodeText(bytes(0x41, 0x42, 0xff, 0x43));
    expect(result).toMatchObject({ ok: false, reason: 'invalid UTF-8 at byte 2' });
  });
});
