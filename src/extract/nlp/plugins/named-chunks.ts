/**
 * compromise's post-tagger (its ~570 context rules) run only on the comma-separated chunks of a
 * sentence that hold a capital letter. claimgraph reads tags to tell names apart (is this
 * capitalised word a verb, a month, a first name?), and a rule sees only its own chunk, so a
 * chunk of lower-case words keeps the lexicon's and suffixes' tags, which are all it needs.
 * About a sixth of news text is in such chunks. The snapshots of the BBC, CoNLL, PolNeAR and seed
 * corpora are the same byte for byte with and without this (measured when it was written).
 */

interface Term {
  text: string;
  index: number[];
}

interface View {
  docs: Term[][];
  world: {
    model: { two: { matches: unknown[] } };
    methods: {
      one: { buildNet: (matches: unknown[], world: unknown) => unknown };
      two: { quickSplit: (docs: Term[][]) => Term[][] };
    };
  };
  update: (ptrs: number[][]) => { sweep: (net: unknown) => unknown };
  uncache: () => void;
  unfreeze: () => void;
}

const CAPITAL = /\p{Lu}/u;

/** Whether a chunk holds a capital letter, so may hold a name. */
export const mayName = (terms: Term[]) => terms.some((t) => CAPITAL.test(t.text));

/** The compiled rules; built once, because building them rewrites the rule objects. */
let net: unknown;

/** compromise's post-tagger, run on the chunks `tagHere` accepts. */
export function postTaggerOn(tagHere: (terms: Term[]) => boolean) {
  return function postTagger(view: View): View {
    const { model, methods } = view.world;
    net ??= methods.one.buildNet(model.two.matches, view.world);
    const ptrs: number[][] = [];
    for (const terms of methods.two.quickSplit(view.docs)) {
      if (!tagHere(terms)) continue;
      const first = terms[0]!;
      ptrs.push([first.index[0]!, first.index[1]!, first.index[1]! + terms.length]);
    }
    if (ptrs.length > 0) view.update(ptrs).sweep(net);
    view.uncache();
    view.unfreeze();
    return view;
  };
}

export default { compute: { postTagger: postTaggerOn(mayName) } };
