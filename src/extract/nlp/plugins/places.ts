import { KNOWN_PLACES } from '../../entities/data/places.js';

/** Teaches compromise the regions, territories and cities of the gazetteer ("Gaza Strip", "Mosul"). */
const words: Record<string, string> = {};
for (const names of KNOWN_PLACES) for (const n of names) words[n.toLowerCase()] = 'Place';

export default { words };
