import { describe, expect, it } from 'vitest';
import { claimId, findClaims, nearDuplicateGroups } from '../../../src/extract/claims/index.js';
import type { SnapshotDocument, Statement } from '../../../src/snapshot/schema.js';

const QUOTE = 'The reform will cut waiting times in every hospital by next spring';

function statement(docId: string, start: number, speaker: string | null, content: string, speakerText = 'Ms Okafor'): Statement {
  return {
    id: `st:${docId}:${start}`, docId, kind: 'direct', content, start, end: start + content.length, cue: null,
    speaker: { entityId: speaker, text: speakerText, start: 0, end: speakerText.length }, addressee: null, about: [], confidence: 0.9,
  };
}
const doc = (id: string, publishedAt?: string, source?: string): SnapshotDocument => ({ id, length: 1000, ...(publishedAt && { publishedAt }), ...(source && { source }) });

describe('findClaims', () => {
  it('groups copies of one quote across documents, first seen the earliest dated copy', () => {
    const docs = [doc('a', '2024-03-05', 'Daily Ledger'), doc('b', '2024-03-04', 'Evening Post'), doc('c'), doc('d', '2024-03-06', 'Daily Ledger')];
    const sts = [
      statement('a', 10, 'person:okafor', QUOTE),
      statement('b', 40, 'person:okafor', `“${QUOTE},”`), // other quote marks, a comma: the same words
      statement('c', 5, 'person:okafor', QUOTE.replace('every', 'each')), // one word changed in a follow-up
      statement('d', 70, 'person:okafor', QUOTE),
    ];
    const { claims, claimOf } = findClaims(sts, docs);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toEqual({
      id: claimId('person:okafor', QUOTE),
      statementIds: ['st:b:40', 'st:a:10', 'st:d:70', 'st:c:5'],
      speaker: 'person:okafor',
      content: `“${QUOTE},”`,
      firstSeen: { statementId: 'st:b:40', docId: 'b', publishedAt: '2024-03-04', source: 'Evening Post' },
      documents: ['b', 'a', 'd', 'c'],
      outlets: ['Evening Post', 'Daily Ledger'],
    });
    expect([...claimOf.entries()]).toEqual(['st:b:40', 'st:a:10', 'st:d:70', 'st:c:5'].map((st) => [st, claims[0]!.id]));
  });

  it("gives a claim the same id whichever documents a run saw: the speaker's and the words'", () => {
    // Two shares of one corpus, extracted apart: other documents, offsets, dates, quote marks.
    const first = findClaims(
      [statement('a', 10, 'person:okafor', QUOTE), statement('b', 40, 'person:okafor', `“${QUOTE},”`)],
      [doc('a', '2024-03-05', 'Daily Ledger'), doc('b', '2024-03-04', 'Evening Post')],
    );
    const second = findClaims(
      [statement('c', 300, 'person:okafor', `${QUOTE}.`), statement('d', 7, 'person:okafor', `'${QUOTE}'`)],
      [doc('c'), doc('d', '2024-05-01', 'Morning Star')],
    );
    expect(first.claims[0]!.id).toMatch(/^claim:[0-9a-f]{20}$/);
    expect(second.claims[0]!.id).toBe(first.claims[0]!.id);
    expect(claimId('person:okafor', QUOTE.toUpperCase())).toBe(claimId('person:okafor', QUOTE));
    // Another speaker, or other words, is another claim.
    expect(claimId('person:mensah', QUOTE)).not.toBe(claimId('person:okafor', QUOTE));
    expect(claimId('person:okafor', QUOTE.replace('every', 'each'))).not.toBe(claimId('person:okafor', QUOTE));
  });

  it('lists each outlet once, in the order its first copy was seen', () => {
    const docs = [doc('a', '2024-03-01', 'Wire'), doc('b', '2024-03-02', 'Daily Ledger'), doc('c', '2024-03-03', 'Wire'), doc('d', '2024-03-04')];
    const sts = ['a', 'b', 'c', 'd'].map((d) => statement(d, 1, 'person:okafor', QUOTE));
    expect(findClaims(sts, docs).claims[0]).toMatchObject({ documents: ['a', 'b', 'c', 'd'], outlets: ['Wire', 'Daily Ledger'] });
  });

  it('without dates, first seen is the first copy in input order', () => {
    const { claims } = findClaims([statement('x', 3, 'person:okafor', QUOTE), statement('y', 9, 'person:okafor', QUOTE)], [doc('x'), doc('y')]);
    expect(claims[0]?.firstSeen).toEqual({ statementId: 'st:x:3', docId: 'x' });
  });

  it('does not group different speakers, different content, or copies inside one document', () => {
    const docs = [doc('a'), doc('b')];
    expect(findClaims([statement('a', 1, 'person:okafor', QUOTE), statement('b', 1, 'person:mensah', QUOTE)], docs).claims).toEqual([]);
    const other = 'The reform has failed and waiting times grew in most hospitals this winter';
    expect(findClaims([statement('a', 1, 'person:okafor', QUOTE), statement('b', 1, 'person:okafor', other)], docs).claims).toEqual([]);
    expect(findClaims([statement('a', 1, 'person:okafor', QUOTE), statement('a', 200, 'person:okafor', QUOTE)], docs).claims).toEqual([]);
  });

  it('groups unresolved speakers by their words, but never by a pronoun', () => {
    const docs = [doc('a'), doc('b')];
    const ministry = [statement('a', 1, null, QUOTE, 'the health ministry'), statement('b', 1, null, QUOTE, 'The health ministry')];
    expect(findClaims(ministry, docs).claims[0]).toMatchObject({ speaker: null, statementIds: ['st:a:1', 'st:b:1'] });
    const pronoun = [statement('a', 1, null, QUOTE, 'she'), statement('b', 1, null, QUOTE, 'she')];
    expect(findClaims(pronoun, docs).claims).toEqual([]);
  });

  it('does not group short contents, which many say about many things', () => {
    const docs = [doc('a'), doc('b')];
    expect(findClaims([statement('a', 1, 'person:okafor', 'We will win.'), statement('b', 1, 'person:okafor', 'We will win.')], docs).claims).toEqual([]);
  });
});

describe('nearDuplicateGroups', () => {
  it('is the same run after run, and in input order', () => {
    const items = [
      { speakerKey: 's', content: QUOTE },
      { speakerKey: 's', content: 'Something else entirely was said about the budget and the railways' },
      { speakerKey: 's', content: `${QUOTE}.` },
      { speakerKey: 's', content: QUOTE.toUpperCase() },
    ];
    expect(nearDuplicateGroups(items)).toEqual([[0, 2, 3]]);
    expect(nearDuplicateGroups(items)).toEqual(nearDuplicateGroups(items));
  });
});
