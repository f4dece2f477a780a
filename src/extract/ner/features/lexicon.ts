import { hashString } from '../hash.js';
import { gazetteerType, GAZETTEER_MAX_WORDS, wordClassesOf } from '../lexicon.js';
import { template, type FeatureSink } from './sink.js';
import type { TokenTable } from './table.js';

const CLASS_AT = [-1, 0, 1].map((d) => template(`class${d}`));
const GAZETTEER = template('gazetteer0');
const GAZETTEER_BEFORE = template('gazetteer-1');
const GAZETTEER_AFTER = template('gazetteer+1');

/** Per-token word classes and gazetteer positions, computed once per document. */
interface LexiconTags {
  classes: (readonly number[])[];
  /** Hash of "type:position" of the longest gazetteer name over the token, or 0. */
  gazetteer: Int32Array;
}

const cache = new WeakMap<TokenTable, LexiconTags>();
const classHash = new Map<string, number>();
const hashOf = (c: string) => {
  let h = classHash.get(c);
  if (h === undefined) classHash.set(c, (h = hashString(c)));
  return h;
};

function tagsOf(t: TokenTable): LexiconTags {
  let tags = cache.get(t);
  if (tags) return tags;
  const { doc } = t;
  const classes = doc.lower.map((w) => wordClassesOf(w).map(hashOf));
  const gazetteer = new Int32Array(t.size);
  for (let i = 0; i < t.size; i++) {
    if (!/^[\p{Lu}\p{N}]/u.test(doc.words[i]!)) continue;
    for (let j = Math.min(t.size - 1, i + GAZETTEER_MAX_WORDS - 1); j >= i; j--) {
      if (doc.line[j] !== doc.line[i]) continue;
      const type = gazetteerType(doc.text.slice(doc.spans[i]!.start, doc.spans[j]!.end));
      if (!type) continue;
      if (i === j) gazetteer[i] = hashOf(`${type}:U`);
      else {
        gazetteer[i] = hashOf(`${type}:B`);
        for (let k = i + 1; k < j; k++) gazetteer[k] = hashOf(`${type}:I`);
        gazetteer[j] = hashOf(`${type}:L`);
      }
      i = j;
      break;
    }
  }
  tags = { classes, gazetteer };
  cache.set(t, tags);
  return tags;
}

/** The word classes (compromise's lexicon, claimgraph's lists) of the token and its neighbours. */
export function wordClasses(t: TokenTable, i: number, out: FeatureSink): void {
  const { classes } = tagsOf(t);
  for (let d = -1; d <= 1; d++) {
    const j = i + d;
    if (j < 0 || j >= t.size || t.doc.sentence[j] !== t.doc.sentence[i]) continue;
    for (const c of classes[j]!) out.add(CLASS_AT[d + 1]!, c);
  }
}

/** Where the token sits in the longest gazetteer name around it ("country:U", "org:L"). */
export function gazetteer(t: TokenTable, i: number, out: FeatureSink): void {
  const { gazetteer: g } = tagsOf(t);
  if (g[i]) out.add(GAZETTEER, g[i]!);
  if (i > 0 && g[i - 1]) out.add(GAZETTEER_BEFORE, g[i - 1]!);
  if (i + 1 < t.size && g[i + 1]) out.add(GAZETTEER_AFTER, g[i + 1]!);
}
