/**
 * Lone surrogates (half of a UTF-16 pair, alone) are not text: JSON's `\ud800` escapes can carry
 * one, but Neo4j, XML and most tools store U+FFFD in their place. So claimgraph replaces each with
 * U+FFFD when it reads a document, one code unit for one (every offset stays the same), and says
 * so on stderr. A snapshot then holds what Neo4j holds, and `export json` from Neo4j validates
 * against the same input.
 */

const LONE_ONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE = new RegExp(LONE_ONE.source, 'g');

/** `text` with its lone surrogates replaced by U+FFFD, and how many there were. */
export function replaceLoneSurrogates(text: string): { text: string; replaced: number } {
  if (!LONE_ONE.test(text)) return { text, replaced: 0 };
  let replaced = 0;
  const fixed = text.replace(LONE, () => {
    replaced++;
    return '\ufffd';
  });
  return { text: fixed, replaced };
}

/** The stderr note for `count` replaced surrogates. */
export function surrogateNote(count: number): string {
  return `${count} lone surrogate${count === 1 ? '' : 's'} (half a UTF-16 pair) replaced with U+FFFD; offsets are unchanged`;
}
