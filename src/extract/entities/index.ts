export { applyRules, findEntities, type EntityResult } from './find.js';
export { ruleHints } from './recognizer.js';
export { countryOfDemonym, lookupName } from './gazetteer.js';
