import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/extract/ner/document.js';
import { documentCase } from '../../../src/extract/ner/features/case.js';
import { gazetteer } from '../../../src/extract/ner/features/lexicon.js';
import { FeatureSink } from '../../../src/extract/ner/features/sink.js';
import { buildTable, CONTEXT, shapeOf, shortShapeOf } from '../../../src/extract/ner/features/table.js';

/** The hashes one context feature gives token `word` (its first occurrence) of `text`. */
function featuresOf(feature: typeof gazetteer, text: string, word: string): number[] {
  const table = buildTable(readDocument(text));
  const sink = new FeatureSink();
  feature(table, table.doc.words.indexOf(word), sink);
  return [...sink.view()];
}

describe('word shapes', () => {
  const table: [string, string, string][] = [
    ['Britain', 'Xxx', 'Xx'],
    ['U.S.-led', 'X.X.-xx', 'X.X.-x'],
    ['1996-08-30', 'dd-dd-dd', 'd-d-d'],
    ['McDonald', 'XxXxx', 'XxXx'],
    ['NATO', 'XX', 'X'],
  ];
  it.each(table)('%s → %s, %s', (word, shape, short) => {
    expect(shapeOf(word)).toBe(shape);
    expect(shortShapeOf(shapeOf(word))).toBe(short);
  });
});

describe('capitals in context', () => {
  it('marks lines in capitals and lines in Title Case, and sentence starts', () => {
    const doc = readDocument('RAIN HITS OSLO AGAIN\nThe Long Wet Autumn Goes On\nFloods closed roads near Oslo on Monday.');
    const t = buildTable(doc);
    const at = (w: string) => t.context[doc.words.indexOf(w)]!;
    expect(at('HITS') & CONTEXT.capsLine).toBeTruthy();
    expect(at('Autumn') & CONTEXT.titleLine).toBeTruthy();
    expect(at('Floods') & CONTEXT.sentenceStart).toBeTruthy();
    expect(at('Monday') & (CONTEXT.capsLine | CONTEXT.titleLine | CONTEXT.sentenceStart)).toBe(0);
  });

  it('tells a heading word the text also writes in lower case from one it writes as a name', () => {
    const heading = featuresOf(documentCase, 'Legacy of a Builder\nHis legacy stands in Bergen.', 'Legacy');
    const name = featuresOf(documentCase, 'Legacy of a Builder\nThe firm Legacy stands in Bergen.', 'Legacy');
    expect(heading).toHaveLength(1);
    expect(name).toHaveLength(1);
    expect(heading).not.toEqual(name);
  });
});

describe('gazetteer names', () => {
  it('mark every word of the longest name the gazetteer knows, and its place in it', () => {
    const text = 'Talks in Sri Lanka and Sri Lanka Airlines resumed.';
    const first = featuresOf(gazetteer, text, 'Sri');
    const second = featuresOf(gazetteer, text, 'Lanka');
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    expect(first).not.toEqual(second);
    expect(featuresOf(gazetteer, text, 'Talks')).toEqual(featuresOf(gazetteer, 'Talks in the rain resumed.', 'Talks'));
  });
});
