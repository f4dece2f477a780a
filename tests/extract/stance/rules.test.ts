import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../../src/extract/stance/index.js';
import { type Marked, markStatement } from './fixture.js';

type Want = Record<string, ['support' | 'oppose' | 'neutral', string | null]>;

/**
 * One rule a row, on sentences written for the purpose: [sentence, what a reader marks, the
 * stance towards each target and the words that decide it (null: nothing does)].
 */
const TABLE: [string, string, Marked, Want][] = [
  // the cue's class, on the cue's object
  ['cue: praise', 'The minister praised Canada for its aid to the refugees.',
    { content: 'Canada for its aid to the refugees', cue: 'praised', cueClass: 'praise', speaker: 'The minister', about: [['Canada', 'Place']] },
    { Canada: ['support', 'praised'] }],
  ['cue: reported criticism, X accused Y of …', 'Senator Lee accused Venezuela of rigging the vote.',
    { content: 'Venezuela of rigging the vote', cue: 'accused', cueClass: 'accuse', speaker: 'Lee', about: [['Venezuela', 'Place']] },
    { Venezuela: ['oppose', 'accused'] }],
  ['cue: a list of names is one object', 'Rossi thanked Italy, Spain and Greece for their help with the rescue.',
    { content: 'Italy, Spain and Greece for their help with the rescue', cue: 'thanked', cueClass: 'praise', speaker: 'Rossi', about: [['Italy', 'Place'], ['Spain', 'Place'], ['Greece', 'Place']] },
    { Italy: ['support', 'thanked'], Spain: ['support', 'thanked'], Greece: ['support', 'thanked'] }],
  ['cue: the condemned deed names its doer, not its victim', 'The ambassador condemned the Russian shelling of Kharkiv.',
    { content: 'the Russian shelling of Kharkiv', cue: 'condemned', cueClass: 'accuse', speaker: 'The ambassador', about: [['Russia', 'Place'], ['Kharkiv', 'Place']] },
    { Russia: ['oppose', 'condemned'], Kharkiv: ['neutral', null] }],
  // negation
  ['negation: did not condemn', 'The senator did not condemn the strikes on Gaza.',
    { content: 'the strikes on Gaza', cue: 'condemn', cueClass: 'accuse', speaker: 'The senator', about: [['Gaza', 'Place']] },
    { Gaza: ['neutral', 'not condemn'] }],
  ['negation: did not accuse, although the content accuses', 'The mayor did not accuse Chile of crimes.',
    { content: 'Chile of crimes', cue: 'accuse', cueClass: 'accuse', speaker: 'The mayor', about: [['Chile', 'Place']] },
    { Chile: ['neutral', 'not accuse'] }],
  ['negation: refused to condemn', 'The party refused to condemn Moscow over the poisoning.',
    { content: 'Moscow over the poisoning', cue: 'condemn', cueClass: 'accuse', speaker: 'The party', about: [['Moscow', 'Place']] },
    { Moscow: ['neutral', 'refused to condemn'] }],
  ['negation: a negated label leans the other way', 'Ruiz said Peru is not a friend of the government.',
    { content: 'Peru is not a friend of the government', cue: 'said', speaker: 'Ruiz', about: [['Peru', 'Place']] },
    { Peru: ['oppose', 'friend'] }],
  ['negation: denying a damning label defends', 'Ruiz said Ecuador is not a terrorist state.',
    { content: 'Ecuador is not a terrorist state', cue: 'said', speaker: 'Ruiz', about: [['Ecuador', 'Place']] },
    { Ecuador: ['support', 'terrorist'] }],
  // words that judge the target
  ['label: a demonym before a judging noun', 'Berg said Russian aggression must end this year.',
    { content: 'Russian aggression must end this year', cue: 'said', speaker: 'Berg', about: [['Russia', 'Place']] },
    { Russia: ['oppose', 'aggression'] }],
  ['label: a possessive before a judging phrase', 'Hale said Poland\'s brave soldiers had held the line.',
    { content: 'Poland\'s brave soldiers had held the line', cue: 'said', speaker: 'Hale', about: [['Poland', 'Place']] },
    { Poland: ['support', 'brave'] }],
  ['label: a judging noun after a name', 'Officials said Boko Haram terrorists burned the market.',
    { content: 'Boko Haram terrorists burned the market', cue: 'said', speaker: 'Officials', about: [['Boko Haram', 'Organization']] },
    { 'Boko Haram': ['oppose', 'terrorists'] }],
  ['label: a judging word before a name', 'She said the corrupt Tanaka had betrayed his voters.',
    { content: 'the corrupt Tanaka had betrayed his voters', cue: 'said', speaker: 'She', about: [['Tanaka', 'Person']] },
    { Tanaka: ['oppose', 'corrupt'] }],
  ['label: crimes of X', 'Kovac said the crimes of Serbia would never be forgotten.',
    { content: 'the crimes of Serbia would never be forgotten', cue: 'said', speaker: 'Kovac', about: [['Serbia', 'Place']] },
    { Serbia: ['oppose', 'crimes'] }],
  ['label: the occupation of X names its victim', 'Kovac said the occupation of Crimea would end.',
    { content: 'the occupation of Crimea would end', cue: 'said', speaker: 'Kovac', about: [['Crimea', 'Place']] },
    { Crimea: ['neutral', null] }],
  // what a clause says of its subject
  ['predicate: X is …', 'Hale told reporters that Norway is a loyal partner.',
    { content: 'Norway is a loyal partner', cue: 'told', speaker: 'Hale', about: [['Norway', 'Place']] },
    { Norway: ['support', 'loyal'] }],
  ['predicate: X to be “…”, with a setting', 'The cleric considered the Houthis to be “the champions of the oppressed in Yemen.”',
    { content: 'the Houthis to be “the champions of the oppressed in Yemen.”', kind: 'partial', cue: 'considered', cueClass: 'opine', speaker: 'The cleric', about: [['Houthis', 'Organization'], ['Yemen', 'Place']] },
    { Houthis: ['support', 'champions'], Yemen: ['neutral', null] }],
  ['predicate: a judgement after a verb', 'The Assad regime will fall soon, the opposition leader said.',
    { content: 'The Assad regime will fall soon', cue: 'said', speaker: 'the opposition leader', about: [['Assad', 'Person']] },
    { Assad: ['oppose', 'regime'] }],
  ['predicate: a subject judging a target after a copula', 'Okafor said the triumph was Nigeria\'s.',
    { content: 'the triumph was Nigeria\'s', cue: 'said', speaker: 'Okafor', about: [['Nigeria', 'Place']] },
    { Nigeria: ['support', 'triumph'] }],
  // whose side the target is on
  ['side: solidarity with X', 'Tanaka reaffirmed Japan\'s solidarity with Taiwan.',
    { content: 'Japan\'s solidarity with Taiwan', kind: 'indirect', cue: 'reaffirmed', cueClass: 'assert', speaker: 'Tanaka', about: [['Japan', 'Place'], ['Taiwan', 'Place']] },
    { Taiwan: ['support', 'solidarity with'] }],
  ['side: a phrase that X exemplifies', 'Tanaka said the deal rests on cooperation with neighbouring democracies, especially South Korea.',
    { content: 'the deal rests on cooperation with neighbouring democracies, especially South Korea', cue: 'said', speaker: 'Tanaka', about: [['South Korea', 'Place']] },
    { 'South Korea': ['support', 'cooperation with'] }],
  ['side: the fight against X', 'The president said the fight against al-Shabaab would go on.',
    { content: 'the fight against al-Shabaab would go on', cue: 'said', speaker: 'The president', about: [['al-Shabaab', 'Organization']] },
    { 'al-Shabaab': ['oppose', 'fight against'] }],
  ['side: our strikes on X', '“Our strikes on the Wagner Group will go on,” the colonel said.',
    { content: 'Our strikes on the Wagner Group will go on,', cue: 'said', speaker: 'the colonel', about: [['Wagner Group', 'Organization']] },
    { 'Wagner Group': ['oppose', 'strikes on'] }],
  ['side: X\'s aggression against Y opposes X, not Y', 'The envoy said Russia\'s aggression against Ukraine had failed.',
    { content: 'Russia\'s aggression against Ukraine had failed', cue: 'said', speaker: 'The envoy', about: [['Russia', 'Place'], ['Ukraine', 'Place']] },
    { Russia: ['oppose', 'aggression'], Ukraine: ['neutral', null] }],
  ['side: a verb the speaker calls for', '“We will defeat Boko Haram,” the governor said.',
    { content: 'We will defeat Boko Haram,', cue: 'said', speaker: 'the governor', about: [['Boko Haram', 'Organization']] },
    { 'Boko Haram': ['oppose', 'defeat'] }],
  ['side: in reported speech "he" is the speaker', 'Ortiz explained why he backs Lula over the incumbent.',
    { content: 'why he backs Lula over the incumbent', cue: 'explained', speaker: 'Ortiz', about: [['Lula', 'Person']] },
    { Lula: ['support', 'backs'] }],
  ['side: in a quote "he" is someone else', '“He backs Lula over the incumbent,” Ortiz said.',
    { content: 'He backs Lula over the incumbent,', cue: 'said', speaker: 'Ortiz', about: [['Lula', 'Person']] },
    { Lula: ['neutral', null] }],
  ['side: a deed of a third party is news, not a side', 'The agency said Ethiopia attacked Eritrea on Monday.',
    { content: 'Ethiopia attacked Eritrea on Monday', cue: 'said', speaker: 'The agency', about: [['Ethiopia', 'Place'], ['Eritrea', 'Place']] },
    { Ethiopia: ['neutral', null], Eritrea: ['neutral', null] }],
  ['side: a verb that backs', '“We will always defend Armenia,” the minister said.',
    { content: 'We will always defend Armenia,', cue: 'said', speaker: 'the minister', about: [['Armenia', 'Place']] },
    { Armenia: ['support', 'defend'] }],
  ['side: free X from Y', 'The rebels vowed to liberate Goma from the M23 militia.',
    { content: 'to liberate Goma from the M23 militia', cue: 'vowed', cueClass: 'promise', speaker: 'The rebels', about: [['Goma', 'Place'], ['M23', 'Organization']] },
    { Goma: ['support', 'liberate'], M23: ['oppose', 'liberate'] }],
  // a target named outside the content
  ['anchor: "your" in a quote said to the target', '“Your heroic defenders have shamed the invaders,” Rossi told Kovac.',
    { content: 'Your heroic defenders have shamed the invaders,', cue: 'told', speaker: 'Rossi', addressee: 'Kovac', about: [['Kovac', 'Person']] },
    { Kovac: ['support', 'heroic'] }],
  ['anchor: a description for a target named after the quote', '“We will drive this plague out of our land,” the minister added, referring to the army of Ruritania.',
    { content: 'We will drive this plague out of our land,', cue: 'added', speaker: 'the minister', about: [['Ruritania', 'Place']] },
    { Ruritania: ['oppose', 'plague'] }],
  ['nothing decides: neutral', 'Kovac said Austria will host the talks in May.',
    { content: 'Austria will host the talks in May', cue: 'said', speaker: 'Kovac', about: [['Austria', 'Place']] },
    { Austria: ['neutral', null] }],
];

describe('stance rules: one rule a row, on sentences written for the purpose', () => {
  it.each(TABLE)('%s', (_rule, sentence, marked, want) => {
    const { st, entities } = markStatement(sentence, marked);
    const found = stanceOf(sentence, st, entities);
    const name = (key: string) => entities.find((e) => e.key === key)!.name;
    const got = Object.fromEntries(found.map((s) => [name(s.key), [s.stance, s.evidence?.text ?? null]]));
    for (const [target, [stance, words]] of Object.entries(want)) {
      expect(got[target], target).toEqual([stance, words]);
    }
    for (const s of found) {
      expect(Math.abs(s.score)).toBeLessThanOrEqual(1);
      if (s.evidence) expect(sentence.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
    }
  });
});

describe('stance rules at the edges of a statement', () => {
  it('reads a copula at the very start of the content without looking before it', () => {
    const text = 'He said is Chad, then stopped.';
    const { st, entities } = markStatement(text, { content: 'is Chad', cue: 'said', speaker: 'He', about: [['Chad', 'Place']] });
    expect(stanceOf(text, st, entities)).toEqual([{ key: 'chad', stance: 'neutral', score: 0, evidence: null }]);
  });
});
