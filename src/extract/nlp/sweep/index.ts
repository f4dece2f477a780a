export { bulkMatchWith, sweepPlugin } from './bulk-match.js';
export { STEPS_VERSION } from './steps.js';
