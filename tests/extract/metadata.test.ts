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
