export { addStances, stanceOf, aboutNameKey } from './find.js';
export { DECISION_THRESHOLD } from './decide.js';
export { valenceOf } from './lexicon.js';
export { linkStances, type StanceIds } from './link.js';
