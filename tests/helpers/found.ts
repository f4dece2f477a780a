import { expect } from 'vitest';
import { assembleSnapshot } from '../../src/extract/assemble.js';
import { extractDocument } from '../../src/extract/document.js';
import { checkSnapshot } from '../../src/snapshot/check.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

/**
 * Robustness checks that cannot pass on empty output: extract texts, check the snapshot (schema,
 * unique ids, every span slicing to its text), then say what must still be found in it.
 */

/** Extract each text as a document (`doc-0.txt` …) and check the snapshot: nothing thrown, every span exact. */
export function extractChecked(...texts: string[]): Snapshot {
  const docs = texts.map((text, i) => ({ id: `doc-${i}.txt`, text }));
  const snapshot = assembleSnapshot(docs.map(({ id }) => ({ id })), docs.map((d) => extractDocument(d)), new Date(0));
  const { problems } = checkSnapshot(JSON.parse(JSON.stringify(snapshot)), 'snapshot', new Map(docs.map((d) => [d.id, d.text])));
  expect(problems).toEqual([]);
  return snapshot;
}

const brief = (s: Snapshot) => s.statements.map((st) => `${JSON.stringify(st.content)} (${st.speaker?.text ?? 'no speaker'})`).join('; ') || 'no statement';

/**
 * Expect a statement whose content contains `content` (or equals it, with `exact`) and whose
 * speaker words are `speaker`.
 */
export function expectSaid(snapshot: Snapshot, content: string, speaker: string, options: { exact?: boolean } = {}): void {
  const found = snapshot.statements.some(
    (s) => (options.exact ? s.content === content : s.content.includes(content)) && s.speaker?.text === speaker,
  );
  expect(found, `no statement ${JSON.stringify(content)} said by ${JSON.stringify(speaker)}; found: ${brief(snapshot)}`).toBe(true);
}

/** Expect a person entity with this name or alias. */
export function expectPerson(snapshot: Snapshot, name: string): void {
  const people = snapshot.entities.filter((e) => e.type === 'Person');
  const found = people.some((e) => e.name === name || e.aliases.includes(name));
  expect(found, `no person ${JSON.stringify(name)}; people: ${people.map((e) => e.name).join(', ') || 'none'}`).toBe(true);
}
