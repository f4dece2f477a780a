import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/document.js';
import { decide, DECISION_THRESHOLD } from '../../../src/extract/stance/decide.js';
import { linkStances } from '../../../src/extract/stance/index.js';

describe('decide', () => {
  it('is neutral with no evidence, or with evidence that cancels out', () => {
    expect(decide([])).toEqual({ stance: 'neutral', score: 0, evidence: null });
    expect(decide([{ weight: 0.6, start: 0, end: 4, rule: 'a' }, { weight: -0.6, start: 9, end: 12, rule: 'b' }]).stance).toBe('neutral');
  });
  it('takes the strongest piece on the winning side as the deciding words, and keeps the score in [-1, 1]', () => {
    const d = decide([{ weight: -0.9, start: 5, end: 11, rule: 'label' }, { weight: -0.6, start: 0, end: 4, rule: 'verb' }, { weight: 0.2, start: 20, end: 24, rule: 'x' }]);
    expect(d).toEqual({ stance: 'oppose', score: -1, evidence: { start: 5, end: 11 } });
  });
  it('calls a weak lean neutral', () => {
    expect(decide([{ weight: DECISION_THRESHOLD - 0.05, start: 0, end: 3, rule: 'a' }]).stance).toBe('neutral');
  });
  it('a withheld cue makes it neutral whatever else is found', () => {
    expect(decide([{ weight: -0.9, start: 5, end: 11, rule: 'label' }], { start: 0, end: 3 })).toEqual({ stance: 'neutral', score: 0, evidence: { start: 0, end: 3 } });
  });
});

describe('linkStances', () => {
  const ids = { idOf: (k: string) => ({ e1: 'place:russia', e2: 'place:russia', e3: 'place:chad' })[k], idOfName: (_t: string, n: string) => `place:${n.toLowerCase()}` };
  const ev = { text: 'x', start: 0, end: 1 };
  it('maps keys to ids, keeps only targets in about, one per entity (the firmer), in the order of about', () => {
    const linked = linkStances(
      [
        { key: 'e1', stance: 'neutral', score: 0.1, evidence: null },
        { key: 'e2', stance: 'oppose', score: -0.8, evidence: ev },
        { key: 'e3', stance: 'support', score: 0.5, evidence: ev },
        { key: 'name:Place:Israel', stance: 'oppose', score: -0.4, evidence: ev },
      ],
      ids,
      ['place:israel', 'place:russia'],
    );
    expect(linked).toEqual([
      { entityId: 'place:israel', stance: 'oppose', score: -0.4, evidence: ev },
      { entityId: 'place:russia', stance: 'oppose', score: -0.8, evidence: ev },
    ]);
  });
});

describe('extractDocument', () => {
  it('gives each statement about an entity a stance towards it', () => {
    const text = 'Foreign Minister Anna Berg accused Russia of war crimes in the east.';
    const ex = extractDocument({ id: 'a.txt', text });
    const st = ex.statements.find((s) => s.cue?.text === 'accused');
    const russia = ex.entities.find((e) => e.name === 'Russia');
    expect(st?.stance?.find((s) => s.key === russia?.key)).toMatchObject({ stance: 'oppose', evidence: { text: 'accused' } });
  });
});
