import type { DocEntity } from '../../../src/extract/types.js';

/** A document entity named by `names` (the first is its name), with a mention at each occurrence. */
export function entity(text: string, type: DocEntity['type'], ...names: string[]): DocEntity {
  const mentions: DocEntity['mentions'] = [];
  for (const n of names) {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length)) {
      if (!mentions.some((m) => i >= m.start && i < m.end)) mentions.push({ text: n, start: i, end: i + n.length });
    }
  }
  return { key: `${type}:${names[0]}`, type, name: names[0]!, mentions, aliases: names.slice(1), roles: [] };
}
