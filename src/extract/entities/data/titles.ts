/**
 * Words that make up titles before a name. A title is kept outside the person's mention and
 * recorded as a role ("Foreign Minister Faisal Mikdad" → role "Foreign Minister").
 */

/** Honorifics and forms of address: a title on their own ("Sheikh", "Ayatollah", "Mr."). */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'sheikh', 'shaykh', 'sheik', 'ayatollah', 'ayatullah', 'grand', 'imam', 'hojatoleslam', 'hojjatoleslam',
  'sayyed', 'seyyed', 'sayed', 'seyed', 'sayyid', 'syed', 'hajj', 'haj', 'haji', 'mullah', 'mufti', 'rabbi',
  'rev', 'reverend', 'father', 'pope', 'cardinal', 'bishop', 'archbishop', 'patriarch', 'martyr',
  'his', 'her', 'eminence', 'excellency', 'majesty', 'highness', 'holiness', 'saint', 'st', 'mme', 'messrs',
];

/** Head nouns of office titles ("Minister", "General", "Spokesman"). */
export const TITLE_HEADS: readonly string[] = [
  'president', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'sen', 'rep', 'representative',
  'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'judge', 'justice', 'general', 'gen', 'colonel',
  'col', 'major', 'maj', 'captain', 'capt', 'commander', 'admiral', 'adm', 'brigadier', 'sergeant', 'sgt',
  'marshal', 'lieutenant', 'lt', 'corporal', 'private', 'chief', 'spokesman', 'spokeswoman', 'spokesperson',
  'ambassador', 'envoy', 'leader', 'chairman', 'chairwoman', 'chair', 'director', 'coach', 'king', 'queen',
  'prince', 'princess', 'emir', 'amir', 'sultan', 'sheikha', 'president-elect', 'secretary-general',
  'vice-president', 'speaker', 'advisor', 'adviser', 'counsellor', 'attorney', 'prosecutor', 'commissioner',
  'inspector', 'detective', 'officer', 'superintendent', 'constable', 'head', 'founder', 'ceo', 'cfo',
  'coo', 'executive', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'skipper', 'deputy',
  'candidate', 'nominee', 'hopeful', 'councillor', 'councilman', 'councilwoman', 'mp', 'mep', 'lawmaker',
  'sen.', 'gov.', 'gen.', 'col.', 'lt.', 'capt.', 'sgt.', 'adm.', 'maj.', 'rep.', 'dr.', 'mr.', 'mrs.', 'ms.',
  'prof.', 'st.', 'rev.', 'gens.', 'messrs.', 'mme.',
  // Ranks as news abbreviates them ("Spc. Lorraine Walsh", "Pfc. Dan Ruiz", "Det. Insp. Amy Shaw").
  'spc', 'pfc', 'pvt', 'cpl', 'ssgt', 'msgt', 'cdr', 'cmdr', 'brig', 'ens', 'det', 'insp', 'supt', 'msgr', 'fr', 'dictator', 'strongman', 'cleric', 'commentator',
  'major-general', 'lieutenant-general', 'brigadier-general', 'lieutenant-colonel', 'vice-admiral', 'rear-admiral',
  'director-general', 'attorney-general', 'governor-general', 'prime-minister', 'vice-chairman', 'co-founder',
];

/** Words that qualify a title head ("Foreign", "Prime", "Deputy", "Supreme", "Ministry"). */
export const TITLE_MODIFIERS: readonly string[] = [
  'foreign', 'prime', 'deputy', 'vice', 'supreme', 'defence', 'defense', 'interior', 'finance', 'health',
  'state', 'home', 'economy', 'economic', 'trade', 'oil', 'energy', 'education', 'culture', 'intelligence',
  'security', 'national', 'first', 'former', 'acting', 'interim', 'senior', 'assistant', 'under', 'crown',
  'ministry', 'office', 'department', 'military', 'army', 'navy', 'air', 'force', 'police', 'labour', 'labor',
  'agriculture', 'transport', 'information', 'communications', 'environment', 'industry', 'petroleum',
  'executive', 'managing', 'general', 'chief', 'lieutenant', 'brigadier', 'major', 'field', 'attorney',
  'powers', 'majority', 'minority', 'house', 'senate', 'opposition', 'press', 'party', 'team', 'club',
  'grand', 'high', 'lord', 'great', 'late', 'associate', 'special', 'presidential', 'royal', 'court',
];
