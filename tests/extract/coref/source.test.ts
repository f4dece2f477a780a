import { describe, expect, it } from 'vitest';
import { featuresOfCandidate, type SourceModel } from '../../../src/extract/coref/source/index.js';
import { findStatements } from '../../../src/extract/statements/index.js';
import type { SourceCandidate, SourceSetting } from '../../../src/extract/coref/source/index.js';
import { entity } from '../statements/fixtures.js';

const TEXT = 'Joe Ortiz, a spokesman at the University of Toronto, says the storms are linked to a warming Arctic.';
const FOUND = [entity(TEXT, 'Person', 'Joe Ortiz'), entity(TEXT, 'Organization', 'University of Toronto')];

/** Every choice the statement finder offers the ranker in TEXT. */
function choices(): { setting: SourceSetting; candidates: SourceCandidate[] }[] {
  const out: { setting: SourceSetting; candidates: SourceCandidate[] }[] = [];
  findStatements(TEXT, FOUND, { onSourceChoice: (setting, candidates) => out.push({ setting, candidates }) });
  return out;
}
const words = (s: SourceSetting, c: SourceCandidate) => s.toks.slice(c.first, c.last + 1).map((t) => t.text).join(' ');

describe('the source ranker', () => {
  it('offers the rules’ words first, then every person or organisation named and every speaker noun outside the content', () => {
    const { setting, candidates } = choices()[0]!;
    expect(candidates.map((c) => words(setting, c))).toEqual(['Joe Ortiz', 'University of Toronto', 'a spokesman']);
    expect(candidates.map((c) => c.rule)).toEqual([true, false, false]);
  });

  it('describes each candidate by named features: an object after a preposition, commas between, entity types', () => {
    const { setting, candidates } = choices()[0]!;
    const university = featuresOfCandidate(candidates[1]!, setting);
    expect(university).toContain('afterPreposition=yes');
    expect(university).toContain('entitySide=Organization:before');
    expect(featuresOfCandidate(candidates[0]!, setting)).toContain('ruleChoice=yes');
    expect(featuresOfCandidate(candidates[0]!, setting)).toContain('commas=2-3');
  });

  it('lets a model overrule the rules, and keeps the rules’ words without one', () => {
    const preferOrganisations: SourceModel = { format: 'claimgraph-source-ranker', version: 1, weights: { 'entitySide=Organization:before': 5 } };
    const speaker = (model?: SourceModel) => findStatements(TEXT, FOUND, model ? { sourceModel: model } : {})[0]?.speaker?.text;
    expect(speaker()).toBe('Joe Ortiz');
    expect(speaker(preferOrganisations)).toBe('University of Toronto');
  });

  it('gives way to the name a chosen description stands in apposition to, and only then', () => {
    const preferDescriptions: SourceModel = { format: 'claimgraph-source-ranker', version: 1, weights: { 'kindSide=description:before': 5 } };
    const speaker = (text: string, names: string[]) =>
      findStatements(text, names.map((n) => entity(text, 'Person', n)), { sourceModel: preferDescriptions })[0]?.speaker?.text;
    const apposition = '"We expect most roads to reopen by the weekend," Dana Miller, the town’s manager of parks and public spaces, said in a statement.';
    expect(speaker(apposition, ['Dana Miller'])).toBe('Dana Miller');
    // no comma closes "the provincial cabinet" before its verb: it is the subject, not an apposition
    const subject = 'After her meeting with Ann Lee, the provincial cabinet announced that the park would be expanded.';
    expect(speaker(subject, ['Ann Lee'])).toBe('the provincial cabinet');
  });
});
