import type { EntityType, StatementKind } from '../../../src/snapshot/schema.js';
import type { DocEntity, DocStatement } from '../../../src/extract/types.js';

/** What a careful reader marks in a sentence written for a test: the statement and the names in it. */
export interface Marked {
  content: string;
  cue?: string;
  kind?: StatementKind;
  cueClass?: string;
  speaker?: string;
  addressee?: string;
  /** The targets, as the names an entity of that type is known by (a demonym is not a mention). */
  about: [name: string, type: EntityType][];
}

const keyOf = (name: string) => name.toLowerCase().replace(/\W+/gu, '-');

/** Every whole-word occurrence of `name` in `text`. */
function occurrences(text: string, name: string): { start: number; end: number; text: string }[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
}

/**
 * The document entities and the statement a reader marks in `text`: entities named at every
 * occurrence of their names, the statement's content, cue, speaker and addressee at their first
 * occurrence (the cue after the content when it is there: "“…,” he said").
 */
export function markStatement(text: string, m: Marked): { st: DocStatement; entities: DocEntity[] } {
  const names: [string, EntityType][] = [...m.about];
  if (m.speaker) names.push([m.speaker, 'Person']);
  if (m.addressee && !names.some(([n]) => n === m.addressee)) names.push([m.addressee, 'Person']);
  const entities: DocEntity[] = names.map(([name, type]) => ({ key: keyOf(name), type, name, mentions: occurrences(text, name), aliases: [], roles: [] }));
  const start = text.indexOf(m.content);
  if (start < 0) throw new Error(`content not in text: ${m.content}`);
  const end = start + m.content.length;
  const ref = (name: string | undefined) => {
    if (!name) return null;
    const at = text.indexOf(name);
    return { key: keyOf(name), text: name, start: at, end: at + name.length };
  };
  let cue = null;
  if (m.cue) {
    const after = text.indexOf(m.cue, end);
    const at = after >= 0 ? after : text.indexOf(m.cue);
    cue = { text: m.cue, start: at, end: at + m.cue.length };
  }
  const st: DocStatement = {
    kind: m.kind ?? (text[start - 1] === '“' || text[start - 1] === '"' ? 'direct' : 'indirect'),
    content: m.content,
    start,
    end,
    cue,
    cueClass: m.cueClass ?? null,
    speaker: ref(m.speaker),
    addressee: ref(m.addressee),
    about: m.about.map(([n]) => keyOf(n)),
    confidence: 0.9,
  };
  return { st, entities };
}
