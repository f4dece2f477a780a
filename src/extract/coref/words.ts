/**
 * Word normalisation for matching descriptions ("the Syrian foreign minister") against what a
 * document says about its entities: demonyms become their country, related forms share a stem.
 */

const DEMONYMS: Record<string, string> = {
  iranian: 'iran', syrian: 'syria', lebanese: 'lebanon', palestinian: 'palestine', israeli: 'israel',
  iraqi: 'iraq', american: 'us', russian: 'russia', chinese: 'china', british: 'uk', french: 'france',
  german: 'germany', saudi: 'saudi', emirati: 'uae', yemeni: 'yemen', turkish: 'turkey', egyptian: 'egypt',
  jordanian: 'jordan', qatari: 'qatar', afghan: 'afghanistan', pakistani: 'pakistan', ukrainian: 'ukraine',
  european: 'eu', indian: 'india', japanese: 'japan', korean: 'korea', canadian: 'canada', mexican: 'mexico',
  bahraini: 'bahrain', kuwaiti: 'kuwait', omani: 'oman', libyan: 'libya', sudanese: 'sudan', moroccan: 'morocco',
  tunisian: 'tunisia', algerian: 'algeria', italian: 'italy', spanish: 'spain', australian: 'australia',
  venezuelan: 'venezuela', cuban: 'cuba', brazilian: 'brazil', kurdish: 'kurdistan', zionist: 'israel',
  hebrew: 'israel', persian: 'iran', u: 'us', 'u.s': 'us', america: 'us', states: 'us', britain: 'uk',
  england: 'uk', tehran: 'iran', damascus: 'syria', beirut: 'lebanon', baghdad: 'iraq', moscow: 'russia',
  beijing: 'china', washington: 'us', gaza: 'palestine', 'tel': 'israel', riyadh: 'saudi',
};

// Different words for the same role.
const SYNONYMS: Record<string, string> = {
  aide: 'advis', advisor: 'advis', adviser: 'advis', advises: 'advis', advising: 'advis', counsellor: 'advis',
  fm: 'minis', spokesman: 'spoke', spokeswoman: 'spoke', spokesperson: 'spoke', premier: 'prime',
  chief: 'head', boss: 'head', chairman: 'head', chairwoman: 'head',
};

// Words that carry no identity in a description.
const EMPTY = new Set(
  ('the a an of and in on for to his her their its our this that who which with as at by from senior top ' +
    'official officials man woman person figure also former visiting current new late said is was has had ' +
    'affairs international whose s')
    .split(' '),
);

/** The comparable forms of one word, or [] when it carries no identity. */
export function featureOf(word: string): string[] {
  const w = word.toLowerCase().replace(/[’']s?$/u, '').replace(/[.]$/u, '');
  if (!w || EMPTY.has(w) || !/\p{L}/u.test(w)) return [];
  if (w === 'fm') return ['foreig', 'minis'];
  const d = DEMONYMS[w];
  if (d) return [d];
  const s = SYNONYMS[w];
  if (s) return [s];
  return [w.length > 5 ? w.slice(0, 5) : w];
}

/** The features of a phrase: every word's comparable forms. */
export function featuresOf(phrase: string): string[] {
  const out: string[] = [];
  for (const w of phrase.split(/[\s\-–,()]+/u)) out.push(...featureOf(w));
  return out;
}

/** Heads that name an organisation rather than a person. */
export const ORG_HEADS = new Set(
  ('group movement ministry agency government newspaper campaign party administration paper network outlet ' +
    'site website court police army military office team organization organisation regime state committee ' +
    'council company firm union bureau department force forces corps front bank corporation club board ' +
    'commission association federation league institute foundation charity utility airline authority ' +
    'regulator service university college hospital insurer retailer automaker carrier broadcaster')
    .split(' '),
);

/** Heads that name a document or a finding, never a person: it speaks for whoever issued it. */
export const DOCUMENT_HEADS = new Set(
  ('memo memorandum report study statement letter findings survey poll document documents filing email ' +
    'e-mail release analysis review audit indictment complaint lawsuit ruling decision note notice data figures')
    .split(' '),
);

/** Singular heads that, unmatched, most likely mean whoever was just speaking. */
export const GENERIC_PERSON = new Set(
  ('official aide advisor adviser minister spokesman spokeswoman spokesperson diplomat envoy leader commander ' +
    'president source politician cleric head chief secretary lawmaker senator fm').split(' '),
);
