import type { DocEntity, DocStatement } from '../types.js';

/**
 * Find the attributed statements in `text`, with speakers resolved against `entities`.
 * (First version: quotations in double marks only, no speaker.)
 */
export function findStatements(text: string, entities: DocEntity[]): DocStatement[] {
  void entities;
  const statements: DocStatement[] = [];
  for (const m of text.matchAll(/[“"]([^“”"\n]{2,}?)[”"]/gu)) {
    const start = m.index + 1;
    const content = m[1]!;
    statements.push({
      kind: 'direct',
      content,
      start,
      end: start + content.length,
      cue: null,
      cueClass: null,
      speaker: null,
      addressee: null,
      about: [],
      confidence: 0.3,
    });
  }
  return statements;
}
