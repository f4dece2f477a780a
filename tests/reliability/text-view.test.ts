import { describe, expect, it } from 'vitest';
import { assembleSnapshot } from '../../src/extract/assemble.js';
import { extractDocument } from '../../src/extract/document.js';
import { MAX_TOKEN, textView } from '../../src/extract/view.js';
import { readDefaultRecognizer } from '../../src/pipeline/model.js';
import { checkSnapshot } from '../../src/snapshot/check.js';

/**
 * Issue #16, items 8 and 9: the NLP reads a view of the text (accents composed, pathological
 * runs blanked) while every offset in the snapshot stays an offset into the text as read.
 */

/** Extract one text; the snapshot must validate against the original text (every span exact). */
function extractChecked(text: string) {
  const extraction = extractDocument({ id: 'doc.txt', text });
  const snapshot = assembleSnapshot([{ id: 'doc.txt' }], [extraction], new Date(0));
  const { problems } = checkSnapshot(JSON.parse(JSON.stringify(snapshot)), 'doc.txt', new Map([['doc.txt', text]]));
  expect(problems).toEqual([]);
  return snapshot;
}

const nfd = (s: string) => s.normalize('NFD');

describe('decomposed accents (NFD) read like composed ones (item 9)', () => {
  const sentence = 'José María Aznar said: “We will win the election in the spring.”';

  it('one person, the whole name as the speaker, offsets into the decomposed text', () => {
    const text = nfd(sentence);
    expect(text.length).toBeGreaterThan(sentence.length);
    const snapshot = extractChecked(text);
    const people = snapshot.entities.filter((e) => e.type === 'Person');
    expect(people.map((p) => p.id)).toEqual(['person:jose-maria-aznar']);
    expect(people[0]!.mentions.map((m) => m.text)).toEqual([nfd('José María Aznar')]);
    const [statement] = snapshot.statements;
    expect(statement!.speaker).toMatchObject({ entityId: 'person:jose-maria-aznar', text: nfd('José María Aznar'), start: 0 });
    expect(statement!.content).toBe('We will win the election in the spring.');
  });

  it('gives the same entities and statements as the composed text, at shifted offsets', () => {
    const composed = extractChecked(sentence);
    const decomposed = extractChecked(nfd(sentence));
    expect(decomposed.entities.map((e) => [e.id, e.name])).toEqual(composed.entities.map((e) => [e.id, e.name]));
    expect(decomposed.statements.map((s) => [s.kind, s.content, s.speaker?.entityId])).toEqual(composed.statements.map((s) => [s.kind, s.content, s.speaker?.entityId]));
  });

  it('keeps offsets exact after decomposed names, in a longer text', () => {
    const text = nfd('François Hollande met Angela Merkel in Besançon on Monday. “Europe must hold,” Hollande told Merkel. Ségolène Royal said the talks went well.');
    const snapshot = extractChecked(text);
    const names = snapshot.entities.filter((e) => e.type === 'Person').map((e) => e.name.normalize('NFC'));
    expect(names).toEqual(expect.arrayContaining(['François Hollande', 'Angela Merkel']));
    const told = snapshot.statements.find((s) => s.content === 'Europe must hold,');
    expect(told?.addressee?.entityId).toBe('person:angela-merkel');
    const said = snapshot.statements.find((s) => s.content === 'the talks went well');
    expect(said?.speaker?.text).toBe(nfd('Ségolène Royal'));
  });
});

describe('the text view', () => {
  it('is the text itself for ordinary prose', () => {
    const text = 'Mary Brown said on Tuesday that “the talks — long, hard — went well…” and left.';
    expect(textView(text)).toMatchObject({ text, identical: true });
  });

  it('composes clusters and maps every view offset back, monotone, onto the original', () => {
    const original = nfd('Aé b José ñ');
    const view = textView(original);
    expect(view.text).toBe('Aé b José ñ');
    const back = Array.from({ length: view.text.length + 1 }, (_, i) => view.toOriginal(i));
    expect(back[view.text.length]).toBe(original.length);
    for (let i = 1; i < back.length; i++) expect(back[i]!).toBeGreaterThan(back[i - 1]!);
    const jose = view.text.indexOf('José');
    expect(original.slice(view.toOriginal(jose), view.toOriginal(jose + 4))).toBe(nfd('José'));
  });

  it.each([
    ['a run of quotation marks', 'Mary Brown said ' + '“”'.repeat(50) + ' then left.'],
    ['a run of dashes', 'Mary Brown said ' + '—'.repeat(60) + ' then left.'],
    ['spaced dots', 'Mary Brown said ' + '. '.repeat(40) + 'then left.'],
    ['emoji', 'Mary Brown said ' + '😀'.repeat(30) + ' then left.'],
  ])('blanks %s with spaces of the same length, and nothing else', (_name, text) => {
    const view = textView(text);
    expect(view.text).toHaveLength(text.length);
    expect(view.text.startsWith('Mary Brown said ')).toBe(true);
    expect(view.text.endsWith('then left.')).toBe(true);
    expect(view.text.slice(16, -10).trim()).toBe('');
    expect(view.toOriginal(20)).toBe(20);
  });

  it('keeps the first MAX_TOKEN characters of a very long token, never half a surrogate pair', () => {
    const token = 'a'.repeat(MAX_TOKEN - 1) + '😀' + 'b'.repeat(500);
    const view = textView(`Mary Brown said ${token} here.`);
    expect(view.text).toBe(`Mary Brown said ${'a'.repeat(MAX_TOKEN - 1)}${' '.repeat(502)} here.`);
  });
});

describe('characters that are not text do not hide the name beside them (item 12)', () => {
  it.each([
    ['U+FFFD (what a lone surrogate becomes when read)', 'Mary Brown \ufffd said: “The budget will pass.”'],
    ['a lone surrogate', 'Mary Brown \ud800 said: “The budget will pass.”'],
    ['a control character', 'Mary Brown \u0001 said: “The budget will pass.”'],
  ])('%s', (_name, text) => {
    const snapshot = extractChecked(text);
    expect(snapshot.statements.map((s) => [s.content, s.speaker?.entityId])).toEqual([['The budget will pass.', 'person:mary-brown']]);
  });
});

describe('pathological runs keep offsets exact and statements found (item 8)', () => {
  it('a quote after a run of quotation marks is still found, its offsets in the original', () => {
    const text = `${'“”'.repeat(5000)}\n\nMary Brown said: “The budget will pass.”\n`;
    const snapshot = extractChecked(text);
    expect(snapshot.statements.map((s) => s.content)).toContain('The budget will pass.');
    expect(snapshot.entities.map((e) => e.id)).toContain('person:mary-brown');
  });

  it('a quote holding a run of dashes keeps the dashes in its content (re-sliced from the original)', () => {
    const text = `“We will win ${'—'.repeat(40)} and soon,” Mary Brown said.`;
    const snapshot = extractChecked(text);
    const quote = snapshot.statements.find((s) => s.kind === 'direct');
    expect(quote?.content).toBe(`We will win ${'—'.repeat(40)} and soon,`);
  });
});

describe('a blanked stretch is a break between names', () => {
  // Found by properties.test.ts: the words either side of a stretch of symbols ran together into
  // one person ("Haniyeh <spaces> Ꙅ") once the stretch was blanked.
  const recognizer = readDefaultRecognizer();

  it.each([
    ['symbols blanked by the view', 'The minister met Haniyeh. 😀 ↊ “” ‹› ⁂ ※ ¶ § ‡ Ꙅ Teller arrived later.'],
    ['a wide gap of spaces', 'The minister met Haniyeh        Ꙅ Teller arrived later.'],
  ])('%s', (_, text) => {
    const extraction = extractDocument({ id: 'doc.txt', text }, recognizer ? { recognizer } : {});
    const names = extraction.entities.map((e) => e.name);
    expect(names).toContain('Haniyeh');
    for (const name of names) expect(name).not.toMatch(/Haniyeh\s+\S/u);
  });
});
