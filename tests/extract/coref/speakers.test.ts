import { describe, expect, it } from 'vitest';
import { bylineSpans } from '../../../src/extract/coref/byline.js';
import { firstNameGender } from '../../../src/extract/coref/first-names.js';
import { gendersOf } from '../../../src/extract/coref/index.js';
import { findStatements } from '../../../src/extract/statements/index.js';
import type { DocEntity } from '../../../src/extract/types.js';
import { entity } from '../statements/fixtures.js';

// Articles written for these tests, in the shapes of the cases the issue lists.
const speakerOf = (text: string, entities: DocEntity[], start: string) => {
  const st = findStatements(text, entities).find((s) => s.content.startsWith(start));
  expect(st, `no statement starting "${start}"`).toBeDefined();
  return [st!.speaker?.text ?? null, entities.find((e) => e.key === st!.speaker?.key)?.name ?? null];
};

describe('pronouns resolve only to people they fit', () => {
  it('gives "he" to the man just named, not to the woman who spoke before', () => {
    const text = [
      'Mayor Linda Castellano defended the new arena on Tuesday. She said the project would pay for itself within a decade.',
      'Councillor Tom Brennan was not convinced.',
      '"This is a vanity project for a mayor who wants a monument," he said.',
    ].join('\n\n');
    const people = [entity(text, 'Person', 'Linda Castellano'), entity(text, 'Person', 'Tom Brennan')];
    expect(speakerOf(text, people, 'This is a vanity project')).toEqual(['he', 'Tom Brennan']);
    expect(speakerOf(text, people, 'the project would pay')).toEqual(['She', 'Linda Castellano']);
  });

  it('in a debate between two men, gives the reply to the one who shot back', () => {
    const text = [
      'Sam Brooks and Peter Taylor clashed over housing in Tuesday’s debate.',
      '"My opponent has a plan that nobody can afford," Taylor said.',
      'Brooks shot back that Taylor had voted against every housing project in the riding.',
      '"He talks about homes, but he never votes for them," he said.',
    ].join('\n\n');
    const people = [entity(text, 'Person', 'Sam Brooks', 'Brooks'), entity(text, 'Person', 'Peter Taylor', 'Taylor')];
    expect(speakerOf(text, people, 'Taylor had voted against')).toEqual(['Brooks', 'Sam Brooks']);
    expect(speakerOf(text, people, 'He talks about homes')).toEqual(['he', 'Sam Brooks']);
  });

  it('never gives a quote to the man it attacks by name', () => {
    const text = [
      'Sam Brooks and Peter Taylor met for a debate on Tuesday.',
      '"My opponent has a plan that nobody can afford," Taylor said.',
      '"Taylor talks about homes, but he never votes for them," he said.',
    ].join('\n\n');
    const people = [entity(text, 'Person', 'Sam Brooks', 'Brooks'), entity(text, 'Person', 'Peter Taylor', 'Taylor')];
    expect(speakerOf(text, people, 'Taylor talks about homes')).toEqual(['he', 'Sam Brooks']);
  });
});

describe('names, appositions and the byline', () => {
  it('gives the finance director her name and never credits the reporter of the byline', () => {
    const text = [
      'By Jane Doe',
      'The city will run a deficit next year. According to the city’s finance director, Priya Raman, the shortfall will reach $40 million.',
      '"We have no room left in the budget," she said.',
    ].join('\n\n');
    const people = [entity(text, 'Person', 'Jane Doe'), entity(text, 'Person', 'Priya Raman')];
    expect(speakerOf(text, people, 'the shortfall will reach')).toEqual(['Priya Raman', 'Priya Raman']);
    expect(speakerOf(text, people, 'We have no room left')).toEqual(['she', 'Priya Raman']);
  });

  it('reads the person at the end of a title, not the organisation in it', () => {
    const text = 'Former Bank of Canada governor David Dodge said the rate was too low for too long.';
    const found = [entity(text, 'Organization', 'Bank of Canada'), entity(text, 'Person', 'David Dodge')];
    expect(speakerOf(text, found, 'the rate was too low')).toEqual(['Former Bank of Canada governor David Dodge', 'David Dodge']);
  });

  it('takes the speaker, not the object, of "welcomed" and the addressee of "told"', () => {
    const text = 'Dr Angela Ruiz welcomed the agreement. Brooks told the moderator that the plan was a fraud.';
    const people = [entity(text, 'Person', 'Angela Ruiz'), entity(text, 'Person', 'Brooks')];
    expect(speakerOf(text, people, 'the agreement')).toEqual(['Dr Angela Ruiz', 'Angela Ruiz']);
    const told = findStatements(text, people).find((s) => s.content === 'the plan was a fraud');
    expect([told?.speaker?.text, told?.addressee?.text, told?.addressee?.key]).toEqual(['Brooks', 'the moderator', null]);
  });
});

describe('organisations and documents', () => {
  const text = [
    'Northwind Energy reported a loss for the quarter. The company said demand had fallen across the north.',
    '"We expect a recovery next year," it said in a statement.',
    'The Health Ministry’s report said wait times had doubled. The memo said the program would close.',
  ].join('\n\n');
  const found = [entity(text, 'Organization', 'Northwind Energy'), entity(text, 'Organization', 'Health Ministry')];

  it.each([
    ['demand had fallen', 'The company', 'Northwind Energy'],
    ['We expect a recovery', 'it', 'Northwind Energy'],
    ['wait times had doubled', 'The Health Ministry’s report', 'Health Ministry'],
    // a memo is no one, and the text does not say whose it is
    ['the program would close', 'The memo', null],
  ])('%s: %s → %s', (start, words, name) => {
    expect(speakerOf(text, found, start)).toEqual([words, name]);
  });
});

describe('a run of quotes', () => {
  it('continues the speaker of the quote before when nothing comes between', () => {
    const text = '"We will not stop," Ana Ruiz said.\n\n"The council has to listen to the people who live here."';
    const people = [entity(text, 'Person', 'Ana Ruiz')];
    expect(speakerOf(text, people, 'The council has to listen')).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('documents, offices and groups', () => {
  it('gives "her statement" to the woman and leaves "her office" unresolved rather than to another body', () => {
    const text = [
      'Finance Minister Laura Kent faced questions from the Ontario Provincial Police on Monday.',
      '“The government has always respected the independence of the pension board,” her statement said.',
      '“The minister will not be answering questions today,” her office told reporters.',
    ].join('\n\n');
    const found = [entity(text, 'Person', 'Laura Kent'), entity(text, 'Organization', 'Ontario Provincial Police')];
    expect(speakerOf(text, found, 'The government has always')).toEqual(['her statement', 'Laura Kent']);
    expect(speakerOf(text, found, 'The minister will not')).toEqual(['her office', null]);
  });

  it('gives "the … police statement" to the police that issued it', () => {
    const text = 'The Ontario Provincial Police statement said that “officers acted quickly to secure the scene.”';
    const found = [entity(text, 'Organization', 'Ontario Provincial Police')];
    expect(speakerOf(text, found, 'officers acted')).toEqual(['The Ontario Provincial Police statement', 'Ontario Provincial Police']);
  });

  it('never gives a group ("the plan’s defenders") to one person', () => {
    const text = 'The plan’s best-known defender, Tom Barker, spoke first. But the plan’s defenders said there was nothing unfair about it.';
    const found = [entity(text, 'Person', 'Tom Barker')];
    expect(speakerOf(text, found, 'there was nothing unfair')).toEqual(['the plan’s defenders', null]);
  });
});

describe('names the narrative brings in', () => {
  it('reads "May said" as the prime minister, not the month', () => {
    const text = 'Prime Minister Theresa May lost the vote on Tuesday night.\n\nMay said a new plan could put a time limit on the border arrangement.';
    expect(speakerOf(text, [entity(text, 'Person', 'Theresa May')], 'a new plan')).toEqual(['May', 'Theresa May']);
  });

  it('gives "she" to the woman who agreed, not to the one whose approach she agreed with', () => {
    const text = [
      'In an email to her team, agency official Laura Bennett wrote that "the full range of services is not offered to family members."',
      'Karen Holt, director of programs for the agency, agreed with Bennett’s approach.',
      '"It is important to note that families were only given access to support the veteran," she wrote in an email.',
    ].join('\n\n');
    const people = [entity(text, 'Person', 'Laura Bennett', 'Bennett'), entity(text, 'Person', 'Karen Holt')];
    expect(speakerOf(text, people, 'It is important to note')).toEqual(['she', 'Karen Holt']);
  });

  it('still gives "he" to a man named in a possessive of the same sentence', () => {
    const text = [
      'Mayor Ann Cho said on Monday that the budget was balanced.',
      'Critics seized on Councillor Bob Ray’s radio interview, in which he said the city would run out of money by fall.',
    ].join('\n\n');
    const people = [entity(text, 'Person', 'Ann Cho'), entity(text, 'Person', 'Bob Ray')];
    expect(speakerOf(text, people, 'the city would run out')).toEqual(['he', 'Bob Ray']);
  });

  it('gives "he" to the man named before an aside between dashes', () => {
    const text = [
      'Justice Minister Paul Lemieux said on Tuesday that nobody had pressured him.',
      'Liberal MP Mark Dubois — a former federal prosecutor, and until August the minister’s deputy — went on the radio later in the day to further rebut the allegation.',
      '“Nobody was pushed,” he said.',
    ].join('\n\n');
    const people = [entity(text, 'Person', 'Paul Lemieux', 'Lemieux'), entity(text, 'Person', 'Mark Dubois')];
    expect(speakerOf(text, people, 'Nobody was pushed')).toEqual(['he', 'Mark Dubois']);
  });
});

describe('gender and number', () => {
  it('reads gender from titles, first names and the article’s own pronouns, and leaves the rest open', () => {
    const text = [
      'Ms. Kim Lee opened the meeting.',
      'Jordan Smith spoke next. He said his ward needed a new school, and he repeated it twice.',
      'Darian Okafor, who leads the youth council, said she was hopeful. Her group meets weekly.',
      'Linda Castellano did not attend.',
      'Alex Morgan sent a note.',
    ].join('\n\n');
    const people = ['Kim Lee', 'Jordan Smith', 'Darian Okafor', 'Linda Castellano', 'Alex Morgan'].map((n) => entity(text, 'Person', n));
    const g = gendersOf(text, people);
    expect(people.map((p) => g.get(p.key) ?? null)).toEqual(['female', 'male', 'female', 'female', null]);
  });

  it('does not take a woman’s word or pronoun for the speaker who talks about her', () => {
    const text = [
      'Prosecutor Tim Harlow said the victim was the children’s mother, Harlow said.',
      'The woman was found wounded but alive, Harlow said. She was taken to hospital, where she died.',
      'A neighbour called police, Harlow said. She had heard shots.',
    ].join('\n\n');
    const harlow = entity(text, 'Person', 'Tim Harlow', 'Harlow');
    expect(gendersOf(text, [harlow]).get(harlow.key) ?? null).not.toBe('female');
  });

  it.each([
    ['Linda', 'female'],
    ['Thomas', 'male'],
    ['Jordan', null], // given to both
    ['Zyxq', null],
  ])('first name %s → %s', (name, gender) => {
    expect(firstNameGender(name)).toBe(gender);
  });

  it('finds bylines, not sentences that start with "By"', () => {
    const text = 'By Jane Doe\n\nBy Tuesday, officials had left the building.\n\nReporting by Tom Reed and Ann Ho';
    expect(bylineSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['By Jane Doe', 'Reporting by Tom Reed and Ann Ho']);
  });
});
