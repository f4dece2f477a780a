export { Resolver, type RefKind, type RefQuery } from './resolve.js';
export { buildProfiles, type EntityProfile } from './profiles.js';
export { featureOf, featuresOf } from './words.js';
export { gendersOf, type Gender } from './gender.js';
