import { describe, expect, it } from 'vitest';
import { mentions } from './mentions.js';

describe('recognition (rules alone): names of the region', () => {
  const table: [string, string[]][] = [
    ['Velayati made the remarks in separate phone calls.', ['Person:Velayati']],
    ['Hamas and the Islamic Jihad successfully resisted the attack.', ['Organization:Hamas', 'Organization:Islamic Jihad']],
    ['He praised Lebanon’s Hezbollah and Iran\'s support.', ['Place:Lebanon', 'Organization:Hezbollah', 'Place:Iran']],
    ['Sheikh Naim Qassem, deputy secretary-general of Hezbollah, spoke.', ['Person:Naim Qassem', 'Organization:Hezbollah']],
    ['Velayati met visiting Syrian Foreign Minister Faisal Mikdad in Tehran on Thursday.', ['Person:Velayati', 'Person:Faisal Mikdad', 'Place:Tehran']],
    ['A spokesman for the Islamic Revolution Guard Corps (IRGC) has stated that the attacks worked.', ['Organization:Islamic Revolution Guard Corps', 'Organization:IRGC']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
  });
});

describe('recognition: exact spans', () => {
  const table: [string, string[]][] = [
    ['Ali Akbar Velayati, who advises Iran\'s Leader, spoke.', ['Person:Ali Akbar Velayati', 'Place:Iran']],
    ['US President Joe Biden has directed the Pentagon to act.', ['Place:US', 'Person:Joe Biden', 'Organization:Pentagon']],
    ['Hussain , considered surplus to England \'s one-day requirements , struck 158 .', ['Person:Hussain', 'Place:England']],
    ['SOCCER - ROMANIA BEAT LITHUANIA IN UNDER-21 MATCH .', ['Place:ROMANIA', 'Place:LITHUANIA']],
    ['BUCHAREST 1996-08-30\nRomania beat Lithuania 2-1 in their match on Friday .', ['Place:BUCHAREST', 'Place:Romania', 'Place:Lithuania']],
    ['Hussein Kanani Moghadam, an ex-IRGC commander, said so.', ['Person:Hussein Kanani Moghadam']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
  });
});

describe('recognition: organisation forms', () => {
  const table: [string, string[]][] = [
    ['The Labour Party won the vote.', ['Organization:Labour Party']],
    ['Officials at the Ministry of Defence denied it.', ['Organization:Ministry of Defence']],
    ['The Quds Force of the Islamic Revolution Guards Corps provided advice.', ['Organization:Quds Force', 'Organization:Islamic Revolution Guards Corps']],
    ['He also supported groups like Jaysh al-Shaabi and Hashd al-Shaabi.', ['Organization:Jaysh al-Shaabi', 'Organization:Hashd al-Shaabi']],
    ['Leicestershire 296 ( Andy Caddick 3-83 )\nSomerset 83 and 174', ['Organization:Leicestershire', 'Person:Andy Caddick', 'Organization:Somerset']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
  });
});

describe('recognition: demonyms are not places', () => {
  it('"the Iranian official" names no place', () => {
    expect(mentions('“Victory is yours,” the Iranian official asserted.')).toEqual([]);
  });
});

describe('recognition: news conventions', () => {
  const table: [string, string[]][] = [
    ['The latest on the race between Republican Donald Trump and Democrat Hillary Clinton.', ['Person:Donald Trump', 'Person:Hillary Clinton']],
    [
      'CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES .\nChester-le-Street : Glamorgan 259 and 207 ( A. Dale 69 , H. Morris 69 ) , Durham 114 and 81-3 .\nDurham won by seven wickets .',
      ['Place:Chester-le-Street', 'Organization:Glamorgan', 'Person:A. Dale', 'Person:H. Morris', 'Organization:Durham', 'Organization:Durham'],
    ],
    ['The move to Bergamo-based Atalanta reunites him with his coach.', ['Organization:Atalanta']],
    ['IRVINE , Calif 1996-08-30\nThe company said on Friday it would cut jobs .', ['Place:IRVINE', 'Place:Calif']],
    [
      'BASEBALL - MAJOR LEAGUE SCHEDULE .\nMajor League Baseball games to be played on Saturday :\nAMERICAN LEAGUE\nKANSAS CITY AT DETROIT\nCHICAGO AT TORONTO\nStandings after Friday games , soccer and cricket results follow .',
      ['Organization:KANSAS CITY', 'Place:DETROIT', 'Organization:CHICAGO', 'Place:TORONTO'],
    ],
    ['1. Michael Johnson ( U.S. ) 19.66\n2. Frankie Fredericks ( Namibia ) 19.85', ['Person:Michael Johnson', 'Place:U.S.', 'Person:Frankie Fredericks', 'Place:Namibia']],
    ['De Blasio says explosion was intentional\n\nMayor Bill de Blasio described it as an intentional act.', ['Person:De Blasio', 'Person:Bill de Blasio']],
    ['Pakistan\'s armed forces chief, Major-General Nikolai Sherbatov, took a group of officers.', ['Place:Pakistan', 'Person:Nikolai Sherbatov']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
  });

  it('a Title Case headline names only what the body names', () => {
    const text = 'One Tweet Sums Up The Absurd Double Standard Clinton And Trump Face.\n\nHillary Clinton needs to tell more jokes. Donald Trump needs to tell the truth.';
    expect(mentions(text)).toEqual(['Person:Clinton', 'Person:Trump', 'Person:Hillary Clinton', 'Person:Donald Trump']);
  });
});

describe('recognition (rules alone): facilities are places, whatever their name', () => {
  const table: [string, string[]][] = [
    ['Flights left Heathrow Airport and Damascus International Airport on time.', ['Place:Heathrow Airport', 'Place:Damascus International Airport']],
    ["The boy was taken to St Anne's Hospital in Leeds.", ["Place:St Anne's Hospital", 'Place:Leeds']],
    ['Police closed Tower Bridge on Sunday.', ['Place:Tower Bridge']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
  });
});

describe('recognition (rules alone): common words are judged by how they are used, not listed', () => {
  const table: [string, string[]][] = [
    // A surname that is also a common word, after a first name.
    ['Samantha Power met the minister in Geneva.', ['Person:Samantha Power', 'Place:Geneva']],
    // Heading words in Title Case that the text does not use as names.
    ['Legacy Of A Quiet Builder\n\nHis legacy lives on in Bergen, where Ola Berg built the harbour.', ['Place:Bergen', 'Person:Ola Berg']],
    // A possessive inside the name of a body.
    ["The Nurses' Union said its members would strike.", ["Organization:Nurses' Union"]],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
  });
});
