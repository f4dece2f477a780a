import nlp from 'compromise';
import { plugins } from './plugins/index.js';

// compromise is one instance per process: whatever else uses it in this process gets these too.
for (const plugin of plugins) nlp.plugin(plugin);

// compromise's last step groups terms into noun and verb phrases (`term.chunk`); claimgraph reads
// only words and tags, and the step is a tenth of the parse.
const world = nlp.world() as { hooks: string[] };
world.hooks = world.hooks.filter((hook) => hook !== 'chunks');

/** compromise, with claimgraph's plugins registered once at load. */
export const parse: typeof nlp = nlp;
