import organizations from './organizations.js';
import places from './places.js';
import titles from './titles.js';

/**
 * compromise plugins, registered in this order by ../setup.ts. They only add words to its
 * lexicon (titles, places, organisations of claimgraph's lists), which ../lexicon.ts reads.
 */
export const plugins = [titles, places, organizations];
