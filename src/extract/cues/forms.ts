import { ADDRESSEE_LEMMAS, CUE_LEMMAS, type CueClass, WEAK_LEMMAS } from './lexicon.js';

/** One inflected form of a cue verb. */
export interface CueForm {
  lemma: string;
  cls: CueClass;
  /** -ing form ("saying"), used as a participle after the main clause. */
  participle: boolean;
  /** May be a noun here; needs the shape of a verb around it. */
  weak: boolean;
  /** The object of the verb names the addressee. */
  takesAddressee: boolean;
  /** Particle words after the verb ("out" of "point out"), to match after the form. */
  particle: string[];
}

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying', 'say'],
  tell: ['told', 'tells', 'telling', 'tell'],
  write: ['wrote', 'writes', 'writing', 'write'],
  swear: ['swore', 'swears', 'swearing', 'swear'],
  go: ['went', 'goes', 'going', 'go', 'gone'],
  forecast: ['forecast', 'forecasts', 'forecasting'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  shoot: ['shot', 'shoots', 'shooting', 'shoot'],
  hit: ['hit', 'hits', 'hitting'],
};

// Verbs stressed on a last syllable that ends consonant-vowel-consonant double it: admit → admitted.
const DOUBLES = new Set(['admit', 'rebut', 'refer', 'quip', 'slam', 'dub', 'commit', 'regret', 'chat', 'plan']);

/** Regular English inflections of a one-word verb: base, -s, -ed, -ing. */
function inflect(verb: string): string[] {
  const irregular = IRREGULAR[verb];
  if (irregular) return irregular;
  const forms = [verb];
  const cons = (c: string | undefined) => !!c && !'aeiou'.includes(c);
  if (/(s|sh|ch|x|z)$/.test(verb)) forms.push(`${verb}es`);
  else if (verb.endsWith('y') && cons(verb.at(-2))) forms.push(`${verb.slice(0, -1)}ies`);
  else forms.push(`${verb}s`);
  if (verb.endsWith('e')) forms.push(`${verb}d`, `${verb.slice(0, -1)}ing`);
  else if (verb.endsWith('y') && cons(verb.at(-2))) forms.push(`${verb.slice(0, -1)}ied`, `${verb}ing`);
  else if (DOUBLES.has(verb)) {
    forms.push(`${verb}${verb.at(-1)}ed`, `${verb}${verb.at(-1)}ing`);
  } else forms.push(`${verb}ed`, `${verb}ing`);
  return forms;
}

function buildForms(): Map<string, CueForm[]> {
  const map = new Map<string, CueForm[]>();
  for (const [cls, lemmas] of Object.entries(CUE_LEMMAS) as [CueClass, readonly string[]][]) {
    for (const lemma of lemmas) {
      const [verb, ...particle] = lemma.split(' ');
      const head = verb!;
      for (const form of inflect(head)) {
        const participle = form.endsWith('ing');
        const bareOrS = form === head || (!form.endsWith('ed') && !participle && form !== 'said' && form !== 'told');
        const entry: CueForm = {
          lemma,
          cls,
          participle,
          weak: WEAK_LEMMAS.has(lemma) && (bareOrS || participle),
          takesAddressee: ADDRESSEE_LEMMAS.has(head),
          particle,
        };
        const list = map.get(form) ?? [];
        // a phrasal lemma is tried before the plain verb ("point out" before "point")
        if (particle.length) list.unshift(entry);
        else list.push(entry);
        map.set(form, list);
      }
    }
  }
  return map;
}

const FORMS = buildForms();

/** The cue readings of a word (lower-cased), phrasal ones first; empty when it is no cue. */
export function cueForms(word: string): readonly CueForm[] {
  return FORMS.get(word.toLowerCase()) ?? [];
}

/** The class of a cue lemma, or null. */
export function cueClassOf(lemma: string): CueClass | null {
  for (const [cls, lemmas] of Object.entries(CUE_LEMMAS) as [CueClass, readonly string[]][]) {
    if (lemmas.includes(lemma)) return cls;
  }
  return null;
}
