import { HONORIFICS } from '../../entities/data/titles.js';

/** Tags honorifics ("Ayatollah", "Sheikh", "Sayyed") so compromise does not read them as names. */
const words: Record<string, string> = {};
for (const h of HONORIFICS) if (/^[a-z]{4,}$/.test(h) && !['his', 'her', 'father', 'grand', 'saint', 'lady', 'lord'].includes(h)) words[h] = 'Honorific';

export default { words };
