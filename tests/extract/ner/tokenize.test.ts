import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/extract/ner/document.js';
import { tokenizeText } from '../../../src/extract/ner/tokenize.js';

const tokens = (text: string) => tokenizeText(text).map((s) => text.slice(s.start, s.end));

describe('tokenizeText: CoNLL-like tokens on raw and on tokenised news', () => {
  const table: [string, string[]][] = [
    ["Norway's U.S.-led talks", ['Norway', "'s", 'U.S.-led', 'talks']],
    ['Norway \'s U.S.-led talks', ['Norway', "'s", 'U.S.-led', 'talks']],
    ['OSLO (Reuters) - Shares fell.', ['OSLO', '(', 'Reuters', ')', '-', 'Shares', 'fell', '.']],
    ['OSLO ( Reuters ) - Shares fell .', ['OSLO', '(', 'Reuters', ')', '-', 'Shares', 'fell', '.']],
    ["They don't know, he said.", ['They', 'do', "n't", 'know', ',', 'he', 'said', '.']],
    ['“We’re ready,” said Mr. Ames of Apex Corp. on Monday.', ['“', 'We', '’re', 'ready', ',', '”', 'said', 'Mr.', 'Ames', 'of', 'Apex', 'Corp.', 'on', 'Monday', '.']],
    ['The Nurses’ Union met.', ['The', 'Nurses', '’', 'Union', 'met', '.']],
    ["O'Neill and Ja'afari met Shi'ite leaders of the Ba'ath Party.", ["O'Neill", 'and', "Ja'afari", 'met', "Shi'ite", 'leaders', 'of', 'the', "Ba'ath", 'Party', '.']],
    ['Profits rose 12% to $4.5bn (£3bn).', ['Profits', 'rose', '12', '%', 'to', '$', '4.5bn', '(', '£', '3bn', ')', '.']],
    ['the war—and the peace...', ['the', 'war', '—', 'and', 'the', 'peace', '...']],
    ['1. Ann Lowe ( Kenya ) 2:10', ['1.', 'Ann', 'Lowe', '(', 'Kenya', ')', '2:10']],
    ['J. R. Hale visited Calif. last week.', ['J.', 'R.', 'Hale', 'visited', 'Calif.', 'last', 'week', '.']],
    ["General Soleimani'role in it", ['General', "Soleimani'role", 'in', 'it']],
    ['Ann Lowe,31, and 1,500 fans', ['Ann', 'Lowe', ',', '31', ',', 'and', '1,500', 'fans']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it('keeps exact offsets after astral characters and line breaks', () => {
    const text = 'Flags 🇳🇴 and 🇸🇪.\r\n\r\nLind met Berg.';
    const spans = tokenizeText(text);
    for (const s of spans) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    expect(tokens(text)).toContain('Lind');
    expect(tokens(text).at(-1)).toBe('.');
  });
});

describe('readDocument: sentences and lines', () => {
  it('ends a sentence at a full stop before a capital, never inside "U.S." or "Mr."', () => {
    const doc = readDocument('Mr. Ames flew to the U.S. on Friday. He met Ann Lowe.\nNEW TALKS SET');
    const sentences = doc.sentenceStarts.slice(0, -1).map((s, k) => doc.words.slice(s, doc.sentenceStarts[k + 1]).join(' '));
    expect(sentences).toEqual(['Mr. Ames flew to the U.S. on Friday .', 'He met Ann Lowe .', 'NEW TALKS SET']);
    expect(doc.line[doc.words.indexOf('NEW')]).toBe(1);
  });

  it('straightens curly quotes and apostrophes in the words the features read', () => {
    expect(readDocument('“Norway’s”').words).toEqual(['"', 'Norway', "'s", '"']);
  });
});
