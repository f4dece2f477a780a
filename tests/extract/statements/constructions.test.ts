import { describe, expect, it } from 'vitest';
import { findStatements } from '../../../src/extract/statements/index.js';

interface Expect {
  kind: 'direct' | 'partial' | 'indirect';
  content: string;
  speaker: string | null;
  cue?: string;
  cueClass?: string;
  addressee?: string;
}

// [sentence, what a careful reader lists]: one row a construction
const TABLE: [string, Expect][] = [
  ['“We are very pleased with your recent victories,” he told Haniyeh.', { kind: 'direct', content: 'We are very pleased with your recent victories,', speaker: 'he', cue: 'told', cueClass: 'say', addressee: 'Haniyeh' }],
  ['Velayati said: “The resistance front is stronger than ever.”', { kind: 'direct', content: 'The resistance front is stronger than ever.', speaker: 'Velayati', cue: 'said' }],
  ['Nakhala, meanwhile, asserted, “The resistance is making progress every day.”', { kind: 'direct', content: 'The resistance is making progress every day.', speaker: 'Nakhala', cue: 'asserted', cueClass: 'assert' }],
  ['"We will not back down," said the Iranian official.', { kind: 'direct', content: 'We will not back down,', speaker: 'the Iranian official', cue: 'said' }],
  ['“Whatever effort the regime puts into preserving itself is met with defeat,” the Iranian official asserted.', { kind: 'direct', content: 'Whatever effort the regime puts into preserving itself is met with defeat,', speaker: 'the Iranian official', cue: 'asserted' }],
  ['Velayati considered Hezbollah to be “the flag-bearer of struggle in Lebanon and the Muslim world.”', { kind: 'partial', content: 'Hezbollah to be “the flag-bearer of struggle in Lebanon and the Muslim world.”', speaker: 'Velayati', cue: 'considered', cueClass: 'opine' }],
  ['The minister described the attack as a ‘war crime’ on Monday.', { kind: 'partial', content: 'the attack as a ‘war crime’', speaker: 'The minister', cue: 'described', cueClass: 'describe' }],
  ['Mikdad added that the positions of Imam Khamenei have always played a leading role.', { kind: 'indirect', content: 'the positions of Imam Khamenei have always played a leading role', speaker: 'Mikdad', cue: 'added' }],
  ['The Syrian foreign minister, for his part, said Tehran and Damascus are resolved to resist.', { kind: 'indirect', content: 'Tehran and Damascus are resolved to resist', speaker: 'The Syrian foreign minister', cue: 'said' }],
  ['The Zionist regime and its puppets are too weak to undermine the resistance front, the senior Iranian official said.', { kind: 'indirect', content: 'The Zionist regime and its puppets are too weak to undermine the resistance front', speaker: 'the senior Iranian official', cue: 'said' }],
  ['These movements, according to Velayati, are far from being mere proxies of Iran.', { kind: 'indirect', content: 'These movements, according to Velayati, are far from being mere proxies of Iran', speaker: 'Velayati', cue: 'according to' }],
  ['According to the Leader, Soleimani was a hero of the region.', { kind: 'indirect', content: 'Soleimani was a hero of the region', speaker: 'the Leader', cue: 'According to' }],
  ['Israeli killing of Gaza journalists ‘war crime’: Iran', { kind: 'partial', content: 'Israeli killing of Gaza journalists ‘war crime’', speaker: 'Iran', cue: ':' }],
  ['Imam Khamenei’s Advisor: Axis of Resistance States Must Join Forces to Expel US from Region', { kind: 'indirect', content: 'Axis of Resistance States Must Join Forces to Expel US from Region', speaker: 'Imam Khamenei’s Advisor', cue: ':' }],
  ['IRGC says Yemeni strikes changed Israel’s calculations', { kind: 'indirect', content: 'Yemeni strikes changed Israel’s calculations', speaker: 'IRGC', cue: 'says' }],
  ['The spokesman warned that any attack would be met with force.', { kind: 'indirect', content: 'any attack would be met with force', speaker: 'The spokesman', cue: 'warned', cueClass: 'warn' }],
  ['Donald Trump is demanding that Obama make a pledge.', { kind: 'indirect', content: 'Obama make a pledge', speaker: 'Donald Trump', cue: 'demanding', cueClass: 'ask' }],
  ['The ministry denied that its forces had crossed the border.', { kind: 'indirect', content: 'its forces had crossed the border', speaker: 'The ministry', cue: 'denied', cueClass: 'deny' }],
  ['Hussein Kanani Moghadam, an ex-IRGC commander last year said: "With the appointment of Hajj Qassem, a focus was put on the region."', { kind: 'direct', content: 'With the appointment of Hajj Qassem, a focus was put on the region.', speaker: 'Hussein Kanani Moghadam', cue: 'said' }],
  ['Dr Angela Ruiz welcomed the agreement, saying it would protect jobs at the plant.', { kind: 'indirect', content: 'the agreement', speaker: 'Dr Angela Ruiz', cue: 'welcomed', cueClass: 'praise' }],
  ['Brooks shot back that Taylor had never built a single home in the riding.', { kind: 'indirect', content: 'Taylor had never built a single home in the riding', speaker: 'Brooks', cue: 'shot back', cueClass: 'say' }],
  ['The union hit out at the province over the cuts to school funding.', { kind: 'indirect', content: 'at the province over the cuts to school funding', speaker: 'The union', cue: 'hit out', cueClass: 'accuse' }],
  ['Around that time, 47 percent said they would vote for the incumbent.', { kind: 'indirect', content: 'they would vote for the incumbent', speaker: '47 percent', cue: 'said' }],
  ['Six in 10 say the mayor is doing a good job.', { kind: 'indirect', content: 'the mayor is doing a good job', speaker: 'Six in 10', cue: 'say' }],
  ['Many people across the province declared that the strike was justified.', { kind: 'indirect', content: 'the strike was justified', speaker: 'Many people across the province', cue: 'declared' }],
  ['Officials said on Monday the bridge would reopen in May.', { kind: 'indirect', content: 'the bridge would reopen in May', speaker: 'Officials', cue: 'said' }],
  ['Asked whether she would run again, the mayor smiled.', { kind: 'indirect', content: 'whether she would run again', speaker: null, cue: 'Asked', cueClass: 'ask' }],
  ['Green party leader Elizabeth May has said the party will not field a candidate.', { kind: 'indirect', content: 'the party will not field a candidate', speaker: 'Green party leader Elizabeth May', cue: 'said' }],
  ['Jane Holt, another state senator, called it “a disgrace” on the floor.', { kind: 'partial', content: 'it “a disgrace”', speaker: 'Jane Holt', cue: 'called', cueClass: 'describe' }],
  ['Maria Lopez, D-Texas, the ranking member of the committee that oversees Homeland Security, said in an interview that her office would act.', { kind: 'indirect', content: 'her office would act', speaker: 'Maria Lopez', cue: 'said' }],
  ['According to the city’s finance director, Priya Raman, the budget will not balance this year.', { kind: 'indirect', content: 'the budget will not balance this year', speaker: 'Priya Raman', cue: 'According to' }],
  // a lower-case job title before a name, after the quote: the name speaks
  ['"We will not open a line that is not ready for riders," spokesperson Karen Doyle said in an email.', { kind: 'direct', content: 'We will not open a line that is not ready for riders,', speaker: 'Karen Doyle', cue: 'said' }],
  ['"The contractor has promised a fix by spring," media relations officer Paul Gagnon wrote on Tuesday.', { kind: 'direct', content: 'The contractor has promised a fix by spring,', speaker: 'Paul Gagnon', cue: 'wrote' }],
  ['"Every delay costs the city money," says councillor Maria Lopez, who chairs the transit committee.', { kind: 'direct', content: 'Every delay costs the city money,', speaker: 'Maria Lopez', cue: 'says' }],
  ['The fare increase will hurt students, says transit advocate Omar Haddad.', { kind: 'indirect', content: 'The fare increase will hurt students', speaker: 'Omar Haddad', cue: 'says' }],
  ['“The minister will not be answering questions today,” her office told reporters.', { kind: 'direct', content: 'The minister will not be answering questions today,', speaker: 'her office', cue: 'told', addressee: 'reporters' }],
  ['May said a new plan could put a time limit on the border arrangement.', { kind: 'indirect', content: 'a new plan could put a time limit on the border arrangement', speaker: 'May', cue: 'said' }],
  ['Each of the charges against Vance carries a sentence of up to life in prison, Harlow said, adding that more charges are possible.', { kind: 'indirect', content: 'Each of the charges against Vance carries a sentence of up to life in prison', speaker: 'Harlow', cue: 'said' }],
  ['Liberal MP Mark Dubois — a former prosecutor, and until last year the minister’s deputy — said the allegation was false.', { kind: 'indirect', content: 'the allegation was false', speaker: 'Liberal MP Mark Dubois', cue: 'said' }],
  // a verb outside the lexicon, alone between a quote that ends in a comma and the full stop
  ['"This is a story about confidence," echoes Reid.', { kind: 'direct', content: 'This is a story about confidence,', speaker: 'Reid', cue: 'echoes', cueClass: 'say' }],
  ['"It was a wonderful week for everyone," she laughs.', { kind: 'direct', content: 'It was a wonderful week for everyone,', speaker: 'she', cue: 'laughs', cueClass: 'say' }],
  ['He has denied wrongdoing, and his supporters argue he was made a scapegoat for the leaks.', { kind: 'indirect', content: 'wrongdoing', speaker: 'He', cue: 'denied', cueClass: 'deny' }],
  ['He has denied wrongdoing, and his supporters argue he was made a scapegoat for the leaks.', { kind: 'indirect', content: 'he was made a scapegoat for the leaks', speaker: 'his supporters', cue: 'argue', cueClass: 'assert' }],
  ['Mark Dubois went on the radio later in the day to further rebut the allegation.', { kind: 'indirect', content: 'the allegation', speaker: 'Mark Dubois', cue: 'rebut', cueClass: 'deny' }],
];

describe('findStatements: one construction a row', () => {
  it.each(TABLE)('%s', (sentence, want) => {
    const found = findStatements(sentence, []);
    const st = found.find((s) => s.content === want.content);
    expect(st, JSON.stringify(found.map((s) => s.content))).toBeDefined();
    expect(st!.kind).toBe(want.kind);
    expect(st!.speaker?.text ?? null).toBe(want.speaker);
    if (want.cue) expect(st!.cue?.text).toBe(want.cue);
    if (want.cueClass) expect(st!.cueClass).toBe(want.cueClass);
    if (want.addressee) expect(st!.addressee?.text).toBe(want.addressee);
  });
});

// sentences with no statement: a cue or a quote alone is not enough
const NONE = [
  'The Axis of Resistance states are busy arranging commemorations.',
  'His claims of fighting terrorism are sham.',
  'Members of the police have been killed in an “ambush” by forces loyal to the old government.',
  'Analysis: General Soleimani blood strengthening axis of resistance',
  'The report was published on Monday.',
  'ENERGY: Benchmark crude oil fell 42 cents to $51.69 per barrel.',
  'In Europe, the index added 0.3 per cent to 4,797.',
  'A photo showed the senator helping lift a woman onto a stretcher.',
  'The attack told the country something important: the border was open.',
  'Rebels repeatedly threatened him and finally kidnapped him near the border.',
  // "requests" is a noun here: "to the province" is no infinitive
  'City requests to the province to change the zoning law are often ignored.',
];

describe('findStatements: no statement', () => {
  it.each(NONE)('%s', (sentence) => {
    expect(findStatements(sentence, [])).toEqual([]);
  });
});

describe('findStatements: a verb outside the lexicon attributes a quote only in the short inverted shape', () => {
  it.each([
    '"It was a wonderful week." She laughs about it now.', // the quote ends its sentence
    '"It was a wonderful week," she laughs about it now with her sister.', // more than a verb follows
  ])('%s', (text) => {
    expect(findStatements(text, []).map((s) => s.cue?.text ?? null)).not.toContain('laughs');
  });
});

describe('findStatements: addressees', () => {
  it.each([
    ['Velayati told Haniyeh that the resistance would prevail.', 'Haniyeh', 'the resistance would prevail'],
    ['In a phone call with Qassem, Velayati said the victories were a source of pride.', 'Qassem', 'the victories were a source of pride'],
    ['Speaking to Nakhala, Velayati said the resistance had made great progress.', 'Nakhala', 'the resistance had made great progress'],
    ['“Victory is undoubtedly yours,” he told the Palestinian official.', 'the Palestinian official', 'Victory is undoubtedly yours,'],
  ])('%s', (sentence, addressee, content) => {
    const st = findStatements(sentence, []).find((s) => s.content === content);
    expect(st?.addressee?.text ?? null).toBe(addressee);
  });
});

describe('findStatements: quotes over several sentences and paragraphs', () => {
  it('keeps the speaker for a quote that goes on in the next paragraph', () => {
    const text = '“The resistance is making progress every day,” Nakhala said.\n\n“It continues down its clear path each day stronger than before.”';
    const sts = findStatements(text, []);
    expect(sts.map((s) => [s.kind, s.speaker?.text ?? null])).toEqual([
      ['direct', 'Nakhala'],
      ['direct', 'Nakhala'],
    ]);
    expect(sts[1]!.confidence).toBeLessThan(sts[0]!.confidence);
  });

  it('reads a quote of several sentences as one statement', () => {
    const text = 'Moghadam said: "General Soleimani first identified the nuclei of resistance. Then he united them. The Resistance camp represents a bond."';
    const [st] = findStatements(text, []);
    expect(st?.content).toBe('General Soleimani first identified the nuclei of resistance. Then he united them. The Resistance camp represents a bond.');
    expect(st?.speaker?.text).toBe('Moghadam');
  });

  it('reads the lines of a transcript as verbatim, each said by the name before its colon', () => {
    const text = 'PENCE: Well, look, the American people have an enormously important choice to make.\nKAINE: We have a very clear choice.\nPENCE: That is not what I said at all.';
    expect(findStatements(text, []).map((s) => [s.kind, s.speaker?.text, s.content])).toEqual([
      ['direct', 'PENCE', 'Well, look, the American people have an enormously important choice to make'],
      ['direct', 'KAINE', 'We have a very clear choice'],
      ['direct', 'PENCE', 'That is not what I said at all'],
    ]);
  });

  it('attributes a transcript line to the name before the colon', () => {
    const text = '"WALLACE: Do you really see those two as equivalent?"';
    const [st] = findStatements(text, []);
    expect([st?.speaker?.text, st?.content]).toEqual(['WALLACE', 'Do you really see those two as equivalent?']);
  });
});

describe('findStatements: harder shapes from news text', () => {
  it.each([
    ['Acts of protest, Mr. Obama said, are acts of patriotism in a free country.', 'Mr. Obama', 'said', 'Acts of protest, Mr. Obama said, are acts of patriotism in a free country'],
    ['The S.E.C. said it would increase oversight as well.', 'The S.E.C.', 'said', 'it would increase oversight as well'],
    ['He met a contractor, who said he was never paid for the clubhouse.', 'a contractor', 'said', 'he was never paid for the clubhouse'],
    ['Hillary Clinton is promising to help mining communities move into new industries.', 'Hillary Clinton', 'promising', 'to help mining communities move into new industries'],
    ['Our assumption is that the veto will be overridden, Senate Majority Leader Mitch McConnell, R-Ky., said.', 'Senate Majority Leader Mitch McConnell', 'said', 'Our assumption is that the veto will be overridden'],
  ])('%s', (sentence, speaker, cue, content) => {
    const st = findStatements(sentence, []).find((s) => s.content === content);
    expect(st, JSON.stringify(findStatements(sentence, []).map((s) => s.content))).toBeDefined();
    expect([st!.speaker?.text, st!.cue?.text]).toEqual([speaker, cue]);
  });
});
