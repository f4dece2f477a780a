import { findEntities } from './entities/index.js';
import { readMetadata } from './metadata.js';
import { findStatements } from './statements/index.js';
import type { DocExtraction, SourceDocument } from './types.js';

/** Extract one document: its metadata, entities, relations and statements. Pure. */
export function extractDocument(doc: SourceDocument): DocExtraction {
  const { entities, relations } = findEntities(doc.text);
  const statements = findStatements(doc.text, entities);
  return { docId: doc.id, meta: readMetadata(doc.text), length: doc.text.length, entities, statements, relations };
}
