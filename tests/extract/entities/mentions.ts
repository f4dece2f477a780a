import { expect } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.js';
import type { NerModel } from '../../../src/extract/ner/model.js';

/**
 * "Type:mention" for every mention found in `text`, in text order, with the recognizer when one
 * is given (else the rules alone); every mention's offsets are checked against the text.
 */
export function mentions(text: string, recognizer?: NerModel): string[] {
  const { entities } = findEntities(text, recognizer);
  const out: { at: number; s: string }[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      out.push({ at: m.start, s: `${e.type}:${m.text}` });
    }
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.s);
}
