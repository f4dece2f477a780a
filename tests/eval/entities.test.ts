import { describe, expect, it } from 'vitest';
import { scoreEntities, type PredictedMention } from '../../src/eval/entities.js';
import type { GoldEntity } from '../../src/eval/gold.js';
import type { EvalError } from '../../src/eval/types.js';
import { at } from './helpers.js';

const TEXT = 'Angela Merkel met Emmanuel Macron in Paris on Monday, the German government said. Merkel told Reuters the talks were useful.';
const g = (part: string, type: GoldEntity['type'], nth = 1): GoldEntity => ({ ...at(TEXT, part, nth), type });
const p = (part: string, type: PredictedMention['type'], nth = 1): PredictedMention => ({ ...at(TEXT, part, nth), type });

const GOLD: GoldEntity[] = [
  g('Angela Merkel', 'PERSON'),
  g('Emmanuel Macron', 'PERSON'),
  g('Paris', 'LOCATION'),
  g('German', 'MISC'),
  g('Merkel', 'PERSON', 2),
  g('Reuters', 'ORGANIZATION'),
];

describe('scoreEntities: exact span and type, per type', () => {
  // [case, predictions, expected [tp, fp, fn] for Person, Organization, Place, ignored MISC]
  const cases: [string, PredictedMention[], [number, number, number][], number][] = [
    ['everything right', [p('Angela Merkel', 'Person'), p('Emmanuel Macron', 'Person'), p('Paris', 'Place'), p('Merkel', 'Person', 2), p('Reuters', 'Organization')], [[3, 0, 0], [1, 0, 0], [1, 0, 0]], 0],
    // "Merkel" inside "Angela Merkel" is not the gold span: a false alarm and a miss.
    ['a span too short is wrong, not half right', [p('Merkel', 'Person', 1)], [[0, 1, 3], [0, 0, 1], [0, 0, 1]], 0],
    // Right span, wrong type: a false alarm of Organization and a miss of Person.
    ['wrong type', [p('Emmanuel Macron', 'Organization')], [[0, 0, 3], [0, 1, 1], [0, 0, 1]], 0],
    // "German" is MISC in the gold: predicting it as a Place is neither right nor wrong.
    ['a prediction on a MISC span is ignored', [p('German', 'Place'), p('Paris', 'Place')], [[0, 0, 3], [0, 0, 1], [1, 0, 0]], 1],
    ['a duplicate mention counts once', [p('Paris', 'Place'), p('Paris', 'Place')], [[0, 0, 3], [0, 0, 1], [1, 0, 0]], 0],
    ['no predictions', [], [[0, 0, 3], [0, 0, 1], [0, 0, 1]], 0],
  ];
  it.each(cases)('%s', (_, predicted, [person, org, place], misc) => {
    const r = scoreEntities([{ docId: 'd1', gold: GOLD, predicted }]);
    const counts = (t: 'Person' | 'Organization' | 'Place') => [r.byType[t].tp, r.byType[t].fp, r.byType[t].fn];
    expect([counts('Person'), counts('Organization'), counts('Place')]).toEqual([person, org, place]);
    expect(r.ignoredMisc).toBe(misc);
  });

  it('computes precision, recall and F1 per type and over all three', () => {
    // Person: 2 right ("Angela Merkel", "Merkel"), 1 false alarm ("Paris" as Person), 1 miss (Macron).
    // Place: 0 right, 1 miss. Organization: 1 right.
    const r = scoreEntities([
      { docId: 'd1', gold: GOLD, predicted: [p('Angela Merkel', 'Person'), p('Merkel', 'Person', 2), p('Paris', 'Person'), p('Reuters', 'Organization')] },
    ]);
    expect(r.byType.Person).toMatchObject({ tp: 2, fp: 1, fn: 1, precision: 2 / 3, recall: 2 / 3 });
    expect(r.byType.Place).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: 1, recall: 0, f1: 0 });
    expect(r.byType.Organization).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    // Over all: 3 right of 4 predicted, of 5 gold.
    expect(r.overall).toMatchObject({ tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6 });
  });

  it('lists misses and false alarms with their text', () => {
    const errors: EvalError[] = [];
    scoreEntities([{ docId: 'd1', gold: [g('Paris', 'LOCATION')], predicted: [p('Reuters', 'Organization')] }], errors);
    expect(errors).toEqual([
      { layer: 'entity', what: 'false-alarm', docId: 'd1', ...at(TEXT, 'Reuters'), label: 'Organization' },
      { layer: 'entity', what: 'miss', docId: 'd1', ...at(TEXT, 'Paris'), label: 'Place' },
    ]);
  });

  it('with no gold entities at all, precision is 0 and recall 1 for predictions; 1/1/1 with none', () => {
    expect(scoreEntities([{ docId: 'd1', gold: [], predicted: [p('Paris', 'Place')] }]).byType.Place).toMatchObject({ precision: 0, recall: 1, f1: 0 });
    expect(scoreEntities([{ docId: 'd1', gold: [], predicted: [] }]).overall).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});
