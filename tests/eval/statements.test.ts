import { describe, expect, it } from 'vitest';
import { GoldQuoteSchema } from '../../src/eval/gold.js';
import { namesMatch } from '../../src/eval/speakers.js';
import { scoreStatements } from '../../src/eval/statements.js';
import type { Entity, Statement } from '../../src/snapshot/schema.js';
import type { EvalError } from '../../src/eval/types.js';
import { quote, statement } from './helpers.js';

const T =
  '"We will not raise taxes this year," Senator Maria Lopez said on Tuesday. ' +
  '"The budget is balanced," she added, "and the deficit is falling." ' +
  'The senator called the plan "a promise kept." ' +
  'Polls show voters are unconvinced. The treasury said revenue rose 4 percent.';

const Q1 = quote(T, 'We will not raise taxes this year,', { kind: 'direct', speechCue: true, speakerWords: 'Senator Maria Lopez' });
const Q2 = quote(T, ['The budget is balanced,', 'and the deficit is falling.'], { kind: 'direct', speechCue: true, speakerWords: 'she', speakerName: 'Maria Lopez' });
const Q3 = quote(T, 'the plan "a promise kept."', { kind: 'mixed', speechCue: true, speakerWords: 'The senator' });
const Q4 = quote(T, 'voters are unconvinced', { kind: 'indirect', speechCue: false, speakerWords: 'Polls' });
const Q5 = quote(T, 'revenue rose 4 percent', { kind: 'indirect', speechCue: true, speakerWords: 'The treasury' });
const GOLD = [Q1, Q2, Q3, Q4, Q5];

const LOPEZ: Entity = { id: 'person:maria-lopez', type: 'Person', name: 'Maria Lopez', aliases: ['Lopez', 'Senator Maria Lopez'], mentions: [] };
const ENTITIES = new Map([[LOPEZ.id, LOPEZ]]);

const run = (predicted: Statement[], onlySpeechCues = false, errors?: EvalError[]) =>
  scoreStatements([{ docId: 'd1', text: T, gold: GOLD, predicted }], { onlySpeechCues, entities: ENTITIES }, errors);

const ALL_FOUND = [
  statement(T, 'We will not raise taxes this year,', 'direct', 'Senator Maria Lopez', LOPEZ.id),
  statement(T, 'The budget is balanced,', 'direct', 'she', LOPEZ.id),
  statement(T, 'and the deficit is falling.', 'direct', 'she', LOPEZ.id),
  statement(T, 'a promise kept.', 'direct', 'The senator', LOPEZ.id),
  statement(T, 'revenue rose 4 percent', 'indirect', 'The treasury'),
];

describe('scoreStatements: matching', () => {
  // [case, predictions, onlySpeechCues, expected {tp, fp, fn, ignored, leftOut, splitParts}]
  const cases: [string, Statement[], boolean, Record<string, number>][] = [
    // 5 gold; Q4 missed. The second piece of the split Q2 is neither right nor a false alarm.
    ['all speech found, every gold scored', ALL_FOUND, false, { tp: 4, fp: 0, fn: 1, ignored: 0, leftOut: 0, splitParts: 1 }],
    // Q4 ("Polls show") is not a speech cue: left out, so nothing is missed.
    ['all speech found, speech cues only', ALL_FOUND, true, { tp: 4, fp: 0, fn: 0, ignored: 0, leftOut: 1, splitParts: 1 }],
    // Finding Q4 is right when it is scored, and ignored (not a false alarm) when it is not.
    ['non-speech gold found, every gold scored', [statement(T, 'voters are unconvinced', 'indirect', 'Polls')], false, { tp: 1, fp: 0, fn: 4, ignored: 0, leftOut: 0, splitParts: 0 }],
    ['non-speech gold found, speech cues only', [statement(T, 'voters are unconvinced', 'indirect', 'Polls')], true, { tp: 0, fp: 0, fn: 4, ignored: 1, leftOut: 1, splitParts: 0 }],
    // The same quote found twice: one pair, the other a false alarm (one-to-one).
    ['a duplicate', [statement(T, 'We will not raise taxes this year,', 'direct'), statement(T, 'We will not raise taxes this year', 'indirect')], true, { tp: 1, fp: 1, fn: 3, ignored: 0, leftOut: 1, splitParts: 0 }],
    // "taxes" lies wholly inside Q1's content: half of the shorter span (itself) overlaps.
    ['a fragment inside the gold content matches', [statement(T, 'taxes', 'direct')], true, { tp: 1, fp: 0, fn: 3, ignored: 0, leftOut: 1, splitParts: 0 }],
    // "Senator Maria Lopez said on Tuesday." shares nothing with any content.
    ['a prediction outside every content', [statement(T, 'Senator Maria Lopez said on Tuesday.', 'indirect')], true, { tp: 0, fp: 1, fn: 4, ignored: 0, leftOut: 1, splitParts: 0 }],
    // One prediction covering both Q2 pieces and the cue between (63 long) vs pieces of 23+27=50: 50/50.
    ['a prediction across a split quote', [statement(T, 'The budget is balanced," she added, "and the deficit is falling.', 'direct')], true, { tp: 1, fp: 0, fn: 3, ignored: 0, leftOut: 1, splitParts: 0 }],
    ['no predictions', [], true, { tp: 0, fp: 0, fn: 4, ignored: 0, leftOut: 1, splitParts: 0 }],
  ];
  it.each(cases)('%s', (_, predicted, only, expected) => {
    const r = run(predicted, only);
    expect({ tp: r.overall.tp, fp: r.overall.fp, fn: r.overall.fn, ignored: r.ignored, leftOut: r.leftOut, splitParts: r.splitParts }).toEqual(expected);
  });

  it('scores precision, recall and F1 from those counts', () => {
    const r = run([statement(T, 'taxes', 'direct'), statement(T, 'Senator Maria Lopez said on Tuesday.', 'indirect')], true);
    // 1 right of 2 predicted, of 4 gold: P 1/2, R 1/4, F1 = 2·(1/2)(1/4)/(3/4) = 1/3.
    expect(r.overall.precision).toBe(0.5);
    expect(r.overall.recall).toBe(0.25);
    expect(r.overall.f1).toBeCloseTo(1 / 3, 10);
  });

  it('defines the empty cases without NaN', () => {
    const none = scoreStatements([{ docId: 'd1', gold: [], predicted: [] }]);
    expect(none.overall).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(none.speakerSpan.accuracy).toBeNull();
    const noGold = scoreStatements([{ docId: 'd1', gold: [], predicted: [statement(T, 'taxes', 'direct')] }]);
    expect(noGold.overall).toMatchObject({ precision: 0, recall: 1, f1: 0 });
    expect(run([], true).overall).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });
});

describe('scoreStatements: kinds and speakers', () => {
  it('breaks recall and speakers down by gold kind, precision by our kind', () => {
    const r = run(ALL_FOUND, true);
    expect(r.byGoldKind.direct).toMatchObject({ gold: 2, matched: 2, recall: 1 });
    expect(r.byGoldKind.mixed).toMatchObject({ gold: 1, matched: 1, recall: 1 });
    expect(r.byGoldKind.indirect).toMatchObject({ gold: 1, matched: 1, recall: 1 });
    // Our "a promise kept." is direct where the gold says mixed.
    expect(r.kindConfusion.mixed).toEqual({ direct: 1, partial: 0, indirect: 0 });
    expect(r.byPredictedKind.direct).toMatchObject({ predicted: 3, matched: 3, precision: 1 });
    expect(r.byPredictedKind.partial).toMatchObject({ predicted: 0, matched: 0, precision: 1 });
    // 4 matched with a gold kind; 3 agree (the mixed one was called direct).
    expect(r.kindAgreement).toEqual({ correct: 3, total: 4, accuracy: 0.75 });
  });

  it('judges speaker words by overlap and names by the resolved entity', () => {
    const errors: EvalError[] = [];
    const r = run(
      [
        // "Maria Lopez" overlaps gold "Senator Maria Lopez" wholly (11 of the shorter 11): right.
        statement(T, 'We will not raise taxes this year,', 'direct', 'Maria Lopez', LOPEZ.id),
        // Gold says "she": "Senator Maria Lopez" is other words, though the same person.
        statement(T, 'The budget is balanced,', 'direct', 'Senator Maria Lopez', LOPEZ.id),
        // No speaker found.
        statement(T, 'revenue rose 4 percent', 'indirect'),
      ],
      true,
      errors,
    );
    expect(r.speakerSpan).toEqual({ correct: 1, total: 3, accuracy: 1 / 3 });
    // Of the two wrong, one named someone else and one named nobody.
    expect(r.speakerNone).toBe(1);
    expect(r.byGoldKind.direct.speaker).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(r.byGoldKind.indirect.speaker).toEqual({ correct: 0, total: 1, accuracy: 0 });
    // Only Q2 gives a resolved name, and the entity's name is "Maria Lopez": right.
    expect(r.speakerName).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(errors.filter((e) => e.layer === 'speaker').map((e) => e.note)).toEqual([
      'speaker "Senator Maria Lopez", gold "she"',
      'speaker none, gold "The treasury"',
    ]);
  });

  it('matches speakerEntity by id and speakerName by name or alias', () => {
    const gold = [
      quote(T, 'We will not raise taxes this year,', { speakerEntity: 'person:maria-lopez' }),
      quote(T, 'revenue rose 4 percent', { speakerName: 'senator maria lopez' }),
      quote(T, 'voters are unconvinced', { speakerName: 'Gallup' }),
    ];
    const predicted = [
      statement(T, 'We will not raise taxes this year,', 'direct', 'Senator Maria Lopez', LOPEZ.id),
      statement(T, 'revenue rose 4 percent', 'indirect', 'The treasury', LOPEZ.id),
      statement(T, 'voters are unconvinced', 'indirect', 'Polls', LOPEZ.id),
    ];
    const r = scoreStatements([{ docId: 'd1', gold, predicted }], { entities: ENTITIES });
    expect(r.speakerName).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
    // No gold speaker words here: nothing to judge for words; kinds unspecified.
    expect(r.speakerSpan.accuracy).toBeNull();
    expect(r.byGoldKind.unspecified).toMatchObject({ gold: 3, matched: 3 });
  });
});

describe('speaker names, the Gender Gap Tracker way', () => {
  it.each([
    ['Darian Lonechild', 'Lonechild', true],
    ['Darian Lonechild', 'Darian Lonechild', true],
    ['Harry J. Kazianis', 'Harry Kazianis', true],
    ['The RCMP', 'RCMP', true],
    ['Kim', 'Kim Jong Un', false],
    ['Darian Lonechild', 'Darian', false],
    ['Mary Nicholson', 'Trevor Nicholson', false],
  ])('%s is named by %s: %s', (wanted, candidate, same) => {
    expect(namesMatch(wanted, candidate)).toBe(same);
  });

  it('reads "reference" as the speaker name and shows each wrong or missing speaker in its sentence', () => {
    const text = 'Mayor Ana Ruiz spoke first. "We will reopen the bridge," she said. Officials said the cost would rise.';
    const ruiz: Entity = { id: 'person:ana-ruiz', type: 'Person', name: 'Ana Ruiz', aliases: ['Ruiz'], mentions: [] };
    const lee: Entity = { id: 'person:tom-lee', type: 'Person', name: 'Tom Lee', aliases: [], mentions: [] };
    const gold = [
      GoldQuoteSchema.parse({ ...quote(text, 'We will reopen the bridge,', { speakerWords: 'she' }), reference: 'Ana Ruiz' }),
      GoldQuoteSchema.parse({ ...quote(text, 'the cost would rise', { speakerWords: 'Officials' }), reference: 'officials' }),
    ];
    const errors: EvalError[] = [];
    const score = (predicted: Statement[]) => scoreStatements([{ docId: 'd1', text, gold, predicted }], { entities: new Map([[ruiz.id, ruiz], [lee.id, lee]]) }, errors).speakerName;
    // "she" resolved to Ruiz; "Officials" left unresolved: the gold names a description, so right
    expect(score([statement(text, 'We will reopen the bridge,', 'direct', 'she', ruiz.id), statement(text, 'the cost would rise', 'indirect', 'Officials')])).toEqual({ correct: 2, total: 2, accuracy: 1 });
    expect(errors).toEqual([]);
    // "she" resolved to the wrong man; the officials resolved to someone: both wrong
    expect(score([statement(text, 'We will reopen the bridge,', 'direct', 'she', lee.id), statement(text, 'the cost would rise', 'indirect', 'Officials', ruiz.id)]).correct).toBe(0);
    expect(errors.map((e) => [e.what, e.note, e.context])).toEqual([
      ['wrong', 'resolved to Tom Lee, gold Ana Ruiz', '"We will reopen the bridge," she said.'],
      ['wrong', 'resolved to Ana Ruiz, gold officials', 'Officials said the cost would rise.'],
    ]);
    // "she" resolved to nobody: missing
    errors.length = 0;
    score([statement(text, 'We will reopen the bridge,', 'direct', 'she')]);
    expect(errors.filter((e) => e.layer === 'speaker').map((e) => [e.what, e.note])).toEqual([['missing', 'resolved to nobody, gold Ana Ruiz']]);
  });
});
