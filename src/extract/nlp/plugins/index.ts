import sweep from '../sweep/index.js';
import namedChunks from './named-chunks.js';
import organizations from './organizations.js';
import places from './places.js';
import titles from './titles.js';

/** compromise plugins, registered in this order by ../setup.ts. */
export const plugins = [sweep, namedChunks, titles, places, organizations];
