import { findArticle, keepArticle } from './body/index.js';
import type { SourceModel } from './coref/source/index.js';
import { findEntities } from './entities/index.js';
import { readMetadata } from './metadata.js';
import type { NerModel } from './ner/model.js';
import { segmentText } from './segments.js';
import { fromView, shiftEntity, shiftRelation, shiftStatement } from './shift.js';
import { addStances } from './stance/index.js';
import { findStatements } from './statements/index.js';
import type { DocEntity, DocExtraction, DocRelation, DocStatement, SourceDocument } from './types.js';
import { textView } from './view.js';

interface Parts {
  entities: DocEntity[];
  statements: DocStatement[];
  relations: DocRelation[];
}

function extractText(text: string, options: ExtractOptions = {}): Parts {
  const { entities, relations } = findEntities(text, options.recognizer);
  return { entities, relations, statements: findStatements(text, entities, options.sourceModel ? { sourceModel: options.sourceModel } : {}) };
}

/**
 * Extract a text too long for one NLP pass segment by segment, then join the segments' entities
 * that carry the same type and name (their keys are made unique per segment first).
 */
function extractSegmented(text: string, segments: { start: number; end: number }[], options: ExtractOptions): Parts {
  const joined = new Map<string, DocEntity>();
  const alias = new Map<string, string>();
  const statements: DocStatement[] = [];
  const relations: DocRelation[] = [];
  segments.forEach(({ start, end }, i) => {
    const part = extractText(text.slice(start, end), options);
    const prefix = `s${i}.`;
    for (const raw of part.entities) {
      const e = shiftEntity(raw, start, prefix);
      const same = joined.get(`${e.type}|${e.name}`);
      if (!same) joined.set(`${e.type}|${e.name}`, e);
      else {
        alias.set(e.key, same.key);
        same.mentions.push(...e.mentions);
        same.roles.push(...e.roles);
        for (const a of e.aliases) if (!same.aliases.includes(a)) same.aliases.push(a);
      }
    }
    statements.push(...part.statements.map((s) => shiftStatement(s, start, prefix)));
    relations.push(...part.relations.map((r) => shiftRelation(r, start, prefix)));
  });
  const key = (k: string) => alias.get(k) ?? k;
  const rekey = <T extends { key: string | null }>(r: T | null) => r && { ...r, key: r.key === null ? null : key(r.key) };
  return {
    entities: [...joined.values()].map((e) => ({ ...e, roles: e.roles.map((r) => (r.orgKey ? { ...r, orgKey: key(r.orgKey) } : r)) })),
    statements: statements.map((s) => ({ ...s, speaker: rekey(s.speaker), addressee: rekey(s.addressee), about: [...new Set(s.about.map(key))] })),
    relations: relations.map((r) => ({ ...r, fromKey: key(r.fromKey), toKey: key(r.toKey) })),
  };
}

/**
 * How much of one document is read for entities and statements. News articles are a few
 * thousand characters; a megabyte is a book, and NLP at ~50k characters a second would take
 * minutes per megabyte. Beyond the limit the document is kept whole (its length, its id) and the
 * cut is noted.
 */
export const DEFAULT_MAX_CHARS = 1_000_000;

export interface ExtractOptions {
  maxChars?: number;
  /** The trained entity recognizer (loaded at the edge); without it the rules alone find names. */
  recognizer?: NerModel;
  /** The trained source ranker (models/source/), loaded at the edge; without it the rules choose. */
  sourceModel?: SourceModel;
}

/** Where to cut a text at `max` characters: the last white space before it. */
function cutAt(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const space = text.lastIndexOf(' ', max);
  return space > max / 2 ? space : max;
}

/** Extract one document: its metadata, entities, relations and statements. Pure. */
export function extractDocument(doc: SourceDocument, options: ExtractOptions = {}): DocExtraction {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const end = cutAt(doc.text, maxChars);
  const text = end < doc.text.length ? doc.text.slice(0, end) : doc.text;
  // The NLP reads a view (accents composed, pathological runs blanked); spans come back to `text`.
  const view = textView(text);
  const segments = segmentText(view.text);
  const found = segments.length === 1 ? extractText(view.text, options) : extractSegmented(view.text, segments, options);
  const parts = keepArticle(fromView(found, view, text), findArticle(text));
  // Stances read the document's own text, once its statements' spans are the document's.
  parts.statements = addStances(text, parts.statements, parts.entities);
  const extraction: DocExtraction = { docId: doc.id, meta: readMetadata(view.text), length: doc.text.length, ...parts };
  if (end < doc.text.length) {
    extraction.notes = [`${doc.text.length.toLocaleString('en')} characters; entities and statements were read from the first ${end.toLocaleString('en')} only (--max-chars)`];
  }
  return extraction;
}
