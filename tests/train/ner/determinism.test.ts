import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecognizer } from '../../../src/pipeline/model.js';
import { trainNer } from '../../../src/train/ner/trainer.js';

/** A small annotated corpus written for this test: the names are marked [like this|TYPE]. */
const ARTICLES = [
  'Farm minister [Ola Berg|PERSON] visited [Tromso|LOCATION] on Monday . [Berg|PERSON] said the [Fisheries Council|ORGANIZATION] would meet in [Oslo|LOCATION] .',
  '[Nordbank|ORGANIZATION] cut its rates , chief executive [Ida Lund|PERSON] told reporters in [Bergen|LOCATION] . [Lund|PERSON] expects growth .',
  'Police in [Malmo|LOCATION] arrested two men , the [Swedish|MISC] news agency [TT|ORGANIZATION] reported . The men were taken to [Lund|LOCATION] .',
  '[Per Dahl|PERSON] scored twice as [Viking|ORGANIZATION] beat [Brann|ORGANIZATION] 3-1 in [Stavanger|LOCATION] on Sunday .',
  'The [European Union|ORGANIZATION] and [Norway|LOCATION] signed the accord in [Brussels|LOCATION] . Minister [Kari Holm|PERSON] called it fair .',
  '[Anna Moen|PERSON] , a spokeswoman for [Statoil|ORGANIZATION] , said output at the [Troll|LOCATION] field rose .',
  'Shares in [Hydro|ORGANIZATION] fell in [Oslo|LOCATION] . Analyst [Jon Eide|PERSON] of [Fokus Bank|ORGANIZATION] said demand was weak .',
  '[Denmark|LOCATION] beat [Finland|LOCATION] 2-0 in [Copenhagen|LOCATION] . Coach [Bo Jensen|PERSON] praised the [Danish|MISC] defence .',
];

/** Turn "[Ola Berg|PERSON] …" into a gold line with exact offsets. */
function goldLine(marked: string, i: number): string {
  const entities: { text: string; type: string; start: number; end: number }[] = [];
  let text = '';
  let rest = marked;
  for (let m = /\[([^|\]]+)\|([A-Z]+)\]/u.exec(rest); m; m = /\[([^|\]]+)\|([A-Z]+)\]/u.exec(rest)) {
    text += rest.slice(0, m.index);
    entities.push({ text: m[1]!, type: m[2]!, start: text.length, end: text.length + m[1]!.length });
    text += m[1]!;
    rest = rest.slice(m.index + m[0].length);
  }
  return JSON.stringify({ docId: `t${i}`, text: text + rest, entities });
}

const dir = await mkdtemp(join(tmpdir(), 'claimgraph-ner-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('training is deterministic', () => {
  it('the same data and seed give the same model files, byte for byte', async () => {
    const gold = join(dir, 'gold.jsonl');
    await writeFile(gold, `${ARTICLES.map(goldLine).join('\n')}\n`);
    const run = async (out: string, seed = 1) => {
      await trainNer({ gold: [{ path: gold }], words: { texts: [gold] }, out, settings: { epochs: 3, folds: 2, seed }, command: 'test', log: () => {} });
      return Promise.all(['ner.json', 'ner.bin'].map((f) => readFile(join(out, f))));
    };
    const [a, b] = [await run(join(dir, 'a')), await run(join(dir, 'b'))];
    expect(a[0]!.equals(b[0]!)).toBe(true);
    expect(a[1]!.equals(b[1]!)).toBe(true);
    // The seed is what orders the training: another seed, other weights.
    const c = await run(join(dir, 'c'), 2);
    expect(c[1]!.equals(a[1]!)).toBe(false);
    // And what was written reads back as a working recognizer that learned something.
    const model = readRecognizer(join(dir, 'a'));
    expect(model.localRows).toBeGreaterThan(0);
  });
});
