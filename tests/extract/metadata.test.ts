import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/extract/metadata.js';

const seed = (name: string) => readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');

describe('readMetadata on the seed articles', () => {
  it.each([
    ['001_8c86ff3701bfb714.txt', 'Resistance groups victories source of pride for Muslim nations: Iran Leader’s aide'],
    ['002_10cf1d82d72718b5.txt', 'Imam Khamenei’s Advisor: Axis of Resistance States Must Join Forces to Expel US from Region'],
    ['004_3648450316b28708.txt', 'Analysis: General Soleimani blood strengthening axis of resistance'],
  ])('%s has its headline as title, not the navigation', (file, title) => {
    expect(readMetadata(seed(file)).title).toBe(title);
  });

  it('falls back to the lead sentence where a page has no headline', () => {
    const meta = readMetadata(seed('000_3f3029488118c96b.txt'));
    expect(meta.title).toMatch(/^In a recent address that underscores a pivotal moment/);
    expect(meta.title!.length).toBeLessThanOrEqual(121);
  });

  it.each([
    ['001_8c86ff3701bfb714.txt', 'Iran Front Page'],
    ['002_10cf1d82d72718b5.txt', 'Al-Ahed'],
    ['004_3648450316b28708.txt', 'AhlulBayt News Agency'],
  ])('%s names its outlet', (file, source) => {
    expect(readMetadata(seed(file)).source).toBe(source);
  });

  it('reads a stated date', () => {
    expect(readMetadata(seed('003_712552f90c3c1c63.txt')).publishedAt).toBe('2024-12-30');
    expect(readMetadata('Talks resume in Vienna\n\nVIENNA, March 3, 2021 - Talks resumed.').publishedAt).toBe('2021-03-03');
  });

  it.each([['No Script\n\nPlease Wait...\n\nMedia Wire\n\nIran Leader says talks are over\n\nBody text here.', 'Iran Leader says talks are over']])(
    'skips boilerplate lines',
    (text, title) => {
      expect(readMetadata(text).title).toBe(title);
    },
  );
});

// Pages of other shapes, written for these tests (none is a seed page).
describe('readMetadata: metadata from where pages put it', () => {
  it('reads a wire story: the date and the agency of its dateline', () => {
    const wire = 'Norway keeps rates at zero\n\nOSLO, March 3, 2021 (Reuters) - Norway’s central bank kept its main interest rate at zero on Thursday, as expected by economists.';
    expect(readMetadata(wire)).toMatchObject({ title: 'Norway keeps rates at zero', publishedAt: '2021-03-03', source: 'Reuters' });
  });

  it('reads a blog page: the date line and the byline, not the sidebar', () => {
    const blog = [
      'Home | About | Contact',
      '',
      'Harbour authority approves new ferry terminal',
      'By Maria Lind and Tor Aas',
      'Posted on 3 March 2021',
      '',
      'The Halden harbour authority approved plans for a new ferry terminal on Tuesday, ending two years of argument.',
    ].join('\n');
    expect(readMetadata(blog)).toEqual({ title: 'Harbour authority approves new ferry terminal', publishedAt: '2021-03-03', author: 'Maria Lind and Tor Aas' });
  });

  it('reads the outlet from a copyright footer', () => {
    const page = 'Ferry terminal approved\n\nThe harbour authority approved plans for a new ferry terminal on Tuesday after two years.\n\n© 2021 Halden Tidende. All rights reserved.';
    expect(readMetadata(page).source).toBe('Halden Tidende');
  });

  it('takes no date from inside a sentence', () => {
    const obituary = 'Actor dies at 84\n\nBorn on 5 April 1920, the actor made more than forty films before retiring to Dorset in 1985.';
    expect(readMetadata(obituary).publishedAt).toBeUndefined();
    expect(readMetadata('Talks resume\n\nThe talks, first held on March 3, 2021 in Vienna, resumed with both sides present.').publishedAt).toBeUndefined();
  });

  it('takes no outlet from an organisation the article names', () => {
    const text = 'Inspectors return to the plant\n\nThe International Atomic Energy Agency (IAEA) said its inspectors would return to the plant next week, the agency said.';
    expect(readMetadata(text).source).toBeUndefined();
  });

  it('takes no author from a byline of a staff desk, and no outlet from "Follow us on"', () => {
    expect(readMetadata('Rates held\n\nBy Staff, Agencies\n\nThe central bank held its main rate at zero on Thursday, as economists expected.').author).toBeUndefined();
    expect(readMetadata('Follow us on Telegram\n\nRates held\n\nThe central bank held its main rate at zero on Thursday, as economists expected.').source).toBeUndefined();
  });

  it('reads a date line of its own at the top, as agencies print them', () => {
    expect(readMetadata('ROWING - WORLD CUP RESULTS\nLUCERNE 1996-07-14\nResults of the final on Sunday:').publishedAt).toBe('1996-07-14');
  });
});

