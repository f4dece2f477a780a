import { readDocument, type NerDoc } from '../../extract/ner/document.js';
import { encodeSpans, TYPES, type NerType, type TokenSpan } from '../../extract/ner/labels.js';
import { readGold } from '../../eval/read-gold.js';

/** An annotated document made ready for training: its tokens and their gold labels. */
export interface LabelledDoc {
  id: string;
  doc: NerDoc;
  spans: TokenSpan[];
  labels: Uint8Array;
  /** How many times the document counts in training (a newsroom's own articles count more). */
  weight?: number;
}

const TYPE_OF: Record<string, NerType> = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC', MISC: 'MISC' };

/** What reading a gold file found besides the documents. */
export interface CorpusReport {
  documents: number;
  entities: number;
  /** Gold names whose ends fall inside a token (kept, widened to whole tokens). */
  widened: number;
  /** Gold names dropped because they overlap another. */
  overlapping: number;
}

/**
 * Read a gold file (the format `claimgraph eval` reads) into labelled documents. Documents
 * without text or without annotated entities are skipped. A gold name is mapped to the tokens it
 * covers; one that cuts a token is widened to the whole token.
 */
export async function readLabelled(path: string): Promise<{ docs: LabelledDoc[]; report: CorpusReport }> {
  const gold = await readGold(path);
  const docs: LabelledDoc[] = [];
  const report: CorpusReport = { documents: 0, entities: 0, widened: 0, overlapping: 0 };
  for (const g of gold.documents) {
    if (g.text === undefined || !g.entities) continue;
    const doc = readDocument(g.text);
    const spans: TokenSpan[] = [];
    const taken = new Uint8Array(doc.spans.length);
    const sorted = [...g.entities].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const e of sorted) {
      report.entities++;
      const first = doc.spans.findIndex((s) => s.end > e.start);
      let last = first;
      while (last + 1 < doc.spans.length && doc.spans[last + 1]!.start < e.end) last++;
      if (first < 0 || doc.spans[first]!.start >= e.end) continue;
      if (doc.spans[first]!.start !== e.start || doc.spans[last]!.end !== e.end) report.widened++;
      let free = true;
      for (let k = first; k <= last; k++) if (taken[k]) free = false;
      if (!free) {
        report.overlapping++;
        continue;
      }
      taken.fill(1, first, last + 1);
      spans.push({ first, last, type: TYPES.indexOf(TYPE_OF[e.type]!) });
    }
    spans.sort((a, b) => a.first - b.first);
    docs.push({ id: g.id, doc, spans, labels: encodeSpans(doc.spans.length, spans) });
    report.documents++;
  }
  return { docs, report };
}
