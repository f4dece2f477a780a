import nlp from 'compromise';
import { plugins } from './plugins/index.js';

for (const plugin of plugins) nlp.plugin(plugin);

/** compromise, with claimgraph's plugins registered once at load. */
export const parse: typeof nlp = nlp;
