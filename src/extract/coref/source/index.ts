export { sourceCandidates, type SourceCandidate, type SourceSetting } from './candidates.js';
export { featuresOfCandidate, SOURCE_FEATURES, type SourceFeature } from './features.js';
export { chooseSource, scoreCandidate, SourceModelSchema, type SourceModel } from './model.js';
