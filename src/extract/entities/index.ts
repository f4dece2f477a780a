export { findEntities, type EntityResult } from './find.js';
export { countryOfDemonym, lookupName } from './gazetteer.js';
