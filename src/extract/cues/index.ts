export { CUE_LEMMAS, WEAK_LEMMAS, ADDRESSEE_LEMMAS, type CueClass } from './lexicon.js';
export { cueForms, cueClassOf, type CueForm } from './forms.js';
