import nlp from 'compromise';
import { sweepPlugin } from '../sweep/index.js';
import organizations from './organizations.js';
import places from './places.js';
import titles from './titles.js';

const sweep = await sweepPlugin(nlp.version);

/** Why compromise's own, slower sweep runs instead of claimgraph's; undefined when it does not. */
export const sweepUnavailable = typeof sweep === 'string' ? sweep : undefined;

/** compromise plugins, registered in this order by ../setup.ts. */
export const plugins = [...(typeof sweep === 'string' ? [] : [sweep]), titles, places, organizations];
