import nlp from 'compromise/two';
import { plugins } from './plugins/index.js';

// compromise is one instance per process: whatever else uses it in this process gets these too.
for (const plugin of plugins) nlp.plugin(plugin);

/**
 * compromise, with claimgraph's word plugins registered once at load. Extraction reads its
 * lexicon (./lexicon.ts); its tagger never runs.
 */
export const parse: typeof nlp = nlp;
