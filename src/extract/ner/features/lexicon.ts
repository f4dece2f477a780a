import { hashString } from '../hash.js';
import { gazetteerType, GAZETTEER_MAX_WORDS, wordClassesOf } from '../lexicon.js';
import { template, type FeatureSink } from './sink.js';
import type { TokenTable } from './table.js';
import type { Offset, WordView } from './word.js';

const CLASS_AT: Record<number, number> = { [-1]: template('class-1'), 0: template('class0'), 1: template('class1') };
const GAZETTEER = template('gazetteer0');
const GAZETTEER_BEFORE = template('gazetteer-1');
const GAZETTEER_AFTER = template('gazetteer+1');

const cache = new WeakMap<TokenTable, Int32Array>();
const NAME_LIKE = /^[\p{Lu}\p{N}]/u;
/** Small words inside gazetteer names ("Bank of England", "Trinidad and Tobago", "Cote d'Ivoire"). */
const INSIDE_NAMES = new Set(['of', 'the', 'and', 'for', '&', 'de', 'del', 'du', 'da', 'al', 'el', 'on', "d'ivoire", '.', "'s", '-']);
const classHash = new Map<string, number>();
const hashOf = (c: string) => {
  let h = classHash.get(c);
  if (h === undefined) classHash.set(c, (h = hashString(c)));
  return h;
};

/** Per token: hash of "type:position" of the longest gazetteer name over it, or 0. Once per document. */
function gazetteerOf(t: TokenTable): Int32Array {
  let g = cache.get(t);
  if (g) return g;
  const { doc } = t;
  const gazetteer = new Int32Array(t.size);
  const nameLike = doc.words.map((w) => NAME_LIKE.test(w));
  for (let i = 0; i < t.size; i++) {
    if (!nameLike[i]) continue;
    // A gazetteer name runs over capitalised words and a few small ones ("Bank of England").
    let end = i;
    while (end + 1 < t.size && end + 1 < i + GAZETTEER_MAX_WORDS && doc.line[end + 1] === doc.line[i] && (nameLike[end + 1] || INSIDE_NAMES.has(doc.lower[end + 1]!))) end++;
    for (let j = end; j >= i; j--) {
      if (j > i && !nameLike[j]) continue;
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
  cache.set(t, gazetteer);
  return gazetteer;
}

/** The word classes (compromise's lexicon, claimgraph's lists) of the token and its neighbours. */
export function wordClasses(w: WordView | null, d: Offset, _r: unknown, out: FeatureSink): void {
  if (!w || d < -1 || d > 1) return;
  let classes = w.memo.get('classes');
  if (!classes) w.memo.set('classes', (classes = wordClassesOf(w.lower).map(hashOf)));
  for (const c of classes) out.add(CLASS_AT[d]!, c);
}

/** Where the token sits in the longest gazetteer name around it ("country:U", "org:L"). */
export function gazetteer(t: TokenTable, i: number, out: FeatureSink): void {
  const g = gazetteerOf(t);
  if (g[i]) out.add(GAZETTEER, g[i]!);
  if (i > 0 && g[i - 1]) out.add(GAZETTEER_BEFORE, g[i - 1]!);
  if (i + 1 < t.size && g[i + 1]) out.add(GAZETTEER_AFTER, g[i + 1]!);
}
