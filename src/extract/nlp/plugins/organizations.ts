import { KNOWN_ORGANIZATIONS } from '../../entities/data/organizations.js';

/** Teaches compromise the organisations of the gazetteer ("Hamas", "Islamic Jihad", "IRGC"). */
const words: Record<string, string> = {};
for (const names of KNOWN_ORGANIZATIONS) {
  for (const n of names) if (n.length > 3 || n === n.toUpperCase()) words[n.toLowerCase()] = 'Organization';
}
// Two- and three-letter acronyms ("UN", "IS", "AP", "WHO") are ordinary words in lower case.
for (const k of Object.keys(words)) if (k.length <= 3) delete words[k];

export default { words };
