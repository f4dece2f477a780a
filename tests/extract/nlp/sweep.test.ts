import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/document.js';
import { parse } from '../../../src/extract/nlp/index.js';
import { postTaggerOn } from '../../../src/extract/nlp/plugins/named-chunks.js';
import { ROOT } from '../../helpers/cli.js';

/**
 * claimgraph runs compromise with a faster sweep of the post-tagger's rules (src/extract/nlp/sweep)
 * and runs those rules only on chunks that may hold a name (plugins/named-chunks.ts). Both must
 * change nothing but speed: the first gives stock compromise's tags, the second claimgraph's output.
 */

const corpus = join(ROOT, 'corpus');
const articles = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpus, f), 'utf8'));

// Sentences where the post-tagger's rules change tags: names, dates, numbers, contractions, '^' and '$' anchors.
const sentences = [
  "Mr. Smith of Acme Corp. didn't say, on Tuesday, that he'd sell 2,000 shares in Paris, Texas.",
  'Will Spring go to May in April? The Rolling Stones played on 5 June 2024 at 8pm.',
  'Is it really her fault? Wait please. Half of a dozen eggs were broken, said Dr Jane Doe Jr.',
  "It's the IRGC's third attack, the Iranian official told Al-Ahed's reporter: 'We're ready.'",
];

const world = parse.world() as { methods: { one: { bulkMatch: unknown } }; compute: { postTagger: unknown } };

/** compromise's own sweep, loaded from its source as claimgraph's matcher loads its steps. */
async function stockSweep(): Promise<unknown> {
  const source = new URL('../../src/', pathToFileURL(createRequire(import.meta.url).resolve('compromise')));
  return ((await import(new URL('1-one/sweep/methods/sweep/index.js', source).href)) as { default: unknown }).default;
}

function withSwapped<T>(target: Record<string, unknown>, key: string, value: unknown, run: () => T): T {
  const saved = target[key];
  target[key] = value;
  try {
    return run();
  } finally {
    target[key] = saved;
  }
}

const tagsOf = (text: string) =>
  (parse(text).document as { text: string; tags: Set<string> }[][]).flat().map((t) => `${t.text}/${[...t.tags].sort().join(',')}`);

describe('compromise with the faster sweep', () => {
  it('tags the seed corpus and hard sentences exactly as stock compromise does', async () => {
    const stock = await stockSweep();
    // Every chunk tagged, so that every rule runs.
    const all = postTaggerOn(() => true);
    withSwapped(world.compute, 'postTagger', all, () => {
      for (const text of [...articles, ...sentences]) {
        const ours = tagsOf(text);
        const theirs = withSwapped(world.methods.one, 'bulkMatch', stock, () => tagsOf(text));
        expect(ours).toEqual(theirs);
      }
    });
  });

  it('changes tags: the post-tagger really runs', () => {
    const tags = tagsOf('Tiger Woods said, in Paris, that Spring will come.');
    const withoutRules = withSwapped(world.compute, 'postTagger', postTaggerOn(() => false), () => tagsOf('Tiger Woods said, in Paris, that Spring will come.'));
    expect(tags).not.toEqual(withoutRules);
  });
});

describe('the post-tagger only on chunks that may hold a name', () => {
  it('leaves chunks without a capital letter to the lexicon', () => {
    // From a BBC article: the rules make "has" an auxiliary in the lower-case chunk only when it is tagged.
    const text = 'In eastern and southern Ethiopia, a prolonged drought has killed crops.';
    const named = tagsOf(text);
    const everywhere = withSwapped(world.compute, 'postTagger', postTaggerOn(() => true), () => tagsOf(text));
    expect(named).toContain('has/PresentTense,Verb');
    expect(everywhere).toContain('has/Auxiliary,Verb');
    expect(named.slice(0, 4)).toEqual(everywhere.slice(0, 4));
  });

  it('extracts the seed corpus exactly as with every chunk tagged', () => {
    const extract = () => articles.map((text, i) => extractDocument({ id: `seed-${i}`, text }));
    const everywhere = withSwapped(world.compute, 'postTagger', postTaggerOn(() => true), extract);
    expect(extract()).toEqual(everywhere);
  });
});
