import { describe, expect, it } from 'vitest';
import { decodeSpans, encodeSpans, LABEL_COUNT, LABEL_NAMES, TYPES } from '../../../src/extract/ner/labels.js';
import { viterbi } from '../../../src/extract/ner/viterbi.js';

const L = LABEL_COUNT;
const label = (name: string) => LABEL_NAMES.indexOf(name);
const PER = TYPES.indexOf('PER');
const LOC = TYPES.indexOf('LOC');

describe('BILOU labels', () => {
  it('encode names as B/I/L/U and decode them back', () => {
    // "President Ola Berg visited Tromso" → Ola Berg (PER, 1-2), Tromso (LOC, 4)
    const spans = [{ first: 1, last: 2, type: PER }, { first: 4, last: 4, type: LOC }];
    const labels = encodeSpans(5, spans);
    expect([...labels].map((l) => LABEL_NAMES[l])).toEqual(['O', 'B-PER', 'L-PER', 'O', 'U-LOC']);
    expect(decodeSpans(labels)).toEqual(spans);
  });
});

describe('Viterbi under the BILOU grammar', () => {
  it('never outputs a name that is not closed or an inside label after an O', () => {
    // Emissions that, token by token, prefer O, I-PER, O: an ill-formed sequence.
    const emit = new Float64Array(3 * L);
    emit[0 * L + label('O')] = 1;
    emit[1 * L + label('I-PER')] = 5;
    emit[1 * L + label('U-PER')] = 4;
    emit[2 * L + label('O')] = 1;
    const out = new Uint8Array(3);
    viterbi(emit, new Float64Array(L * L), 0, 3, out);
    expect([...out].map((l) => LABEL_NAMES[l])).toEqual(['O', 'U-PER', 'O']);
  });

  it('uses transitions: a strong B-LOC → L-LOC pair wins over two single names', () => {
    const emit = new Float64Array(2 * L);
    emit[0 * L + label('U-LOC')] = 2;
    emit[0 * L + label('B-LOC')] = 1.5;
    emit[1 * L + label('U-LOC')] = 2;
    emit[1 * L + label('L-LOC')] = 1.5;
    const trans = new Float64Array(L * L);
    trans[label('B-LOC') * L + label('L-LOC')] = 2;
    const out = new Uint8Array(2);
    viterbi(emit, trans, 0, 2, out);
    expect([...out].map((l) => LABEL_NAMES[l])).toEqual(['B-LOC', 'L-LOC']);
  });
});
