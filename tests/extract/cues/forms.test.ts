import { describe, expect, it } from 'vitest';
import { cueClassOf, cueForms } from '../../../src/extract/cues/index.js';

describe('cueForms', () => {
  it.each([
    ['said', 'say', 'say'],
    ['told', 'tell', 'say'],
    ['admitted', 'admit', 'admit'],
    ['quipped', 'quip', 'say'],
    ['denies', 'deny', 'deny'],
    ['warning', 'warn', 'warn'],
    ['vowed', 'vow', 'promise'],
    ['accused', 'accuse', 'accuse'],
    ['hailed', 'hail', 'praise'],
    ['urging', 'urge', 'ask'],
    ['termed', 'term', 'describe'],
    ['considered', 'consider', 'opine'],
    ['reiterated', 'reiterate', 'assert'],
    ['Claimed', 'claim', 'claim'],
    ['shot', 'shoot back', 'say'],
    ['fired', 'fire back', 'say'],
    ['lashed', 'lash out', 'accuse'],
    ['hit', 'hit out', 'accuse'],
    ['welcomed', 'welcome', 'praise'],
  ])('%s is a form of %s (%s)', (word, lemma, cls) => {
    const f = cueForms(word).find((x) => x.lemma === lemma);
    expect(f?.cls).toBe(cls);
  });

  it('reads phrasal verbs before the plain verb', () => {
    expect(cueForms('pointed')[0]?.particle.length).toBeGreaterThan(0);
  });

  it('marks noun-like forms weak and past forms strong', () => {
    expect(cueForms('states')[0]?.weak).toBe(true);
    expect(cueForms('stated')[0]?.weak).toBe(false);
    expect(cueForms('says')[0]?.weak).toBe(false);
  });

  it('knows the verbs whose object is the addressee', () => {
    expect(cueForms('told')[0]?.takesAddressee).toBe(true);
    expect(cueForms('said')[0]?.takesAddressee).toBe(false);
  });

  it('reads "shot" as a cue only with its particle', () => {
    expect(cueForms('shot').every((f) => f.particle.length > 0)).toBe(true);
  });

  it.each(['the', 'regime', 'spoke', 'referring'])('%s is no cue', (w) => {
    expect(cueForms(w)).toEqual([]);
  });

  it('gives the class of a lemma', () => {
    expect(cueClassOf('deny')).toBe('deny');
    expect(cueClassOf('point out')).toBe('assert');
    expect(cueClassOf('fly')).toBeNull();
  });
});
