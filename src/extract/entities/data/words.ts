/** Word lists for telling names from other capitalised words. */

/** Last words that make a capitalised sequence an organisation ("… Party", "… Corps"). */
export const ORG_LAST_WORDS: readonly string[] = [
  'party', 'ministry', 'corps', 'agency', 'front', 'movement', 'council', 'union', 'bank', 'association',
  'organization', 'organisation', 'committee', 'commission', 'institute', 'institution', 'university', 'college',
  'foundation', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'co', 'co.', 'company', 'group',
  'holdings', 'airlines', 'airways', 'bureau', 'department', 'army', 'forces', 'guard', 'guards', 'police',
  'court', 'parliament', 'assembly', 'congress', 'senate', 'federation', 'league', 'club', 'fc', 'rovers',
  'times', 'post', 'news', 'tv', 'radio', 'press', 'network', 'exchange', 'brigades', 'brigade', 'battalion',
  'alliance', 'coalition', 'authority', 'office', 'service', 'services', 'centre', 'center', 'trust', 'fund',
  'board', 'cabinet', 'government', 'administration', 'industries', 'motors', 'systems', 'technologies',
  'securities', 'partners', 'museum', 'magazine', 'journal', 'herald', 'telegraph', 'tribune',
  'gazette', 'daily', 'channel', 'broadcasting', 'telecom', 'communications', 'railways', 'group',
  'ag', 'sa', 'nv', 'gmbh', 'spa', 'bhd', 'llc', 'lp', 'jihad', 'mujahideen', 'taliban', 'brotherhood', 'navy',
  'force', 'division', 'regiment', 'squad', 'team', 'academy', 'school', 'society', 'institute', 'observatory',
  'watch', 'international', 'foundation', 'mission', 'secretariat', 'directorate', 'command', 'unit',
];

/** First words that make "<word> of …" an organisation ("Ministry of Defence", "Bank of England"). */
export const ORG_FIRST_WORDS: readonly string[] = [
  'ministry', 'university', 'bank', 'council', 'department', 'house', 'board', 'church', 'office', 'court',
  'federation', 'association', 'organization', 'organisation', 'union', 'institute', 'league', 'party',
  'committee', 'commission', 'bureau', 'chamber', 'college', 'museum', 'academy', 'army', 'corps', 'society',
];

/** Last words that make a capitalised sequence a place ("Gaza Strip", "Red Sea"). */
export const PLACE_LAST_WORDS: readonly string[] = [
  'strip', 'sea', 'ocean', 'river', 'mountains', 'mountain', 'mount', 'island', 'islands', 'gulf', 'valley',
  'province', 'governorate', 'county', 'state', 'region', 'district', 'desert', 'lake', 'bay', 'peninsula',
  'heights', 'plateau', 'coast', 'canal', 'street', 'square', 'avenue', 'road', 'city', 'town', 'village',
  'park', 'camp', 'border', 'hills', 'falls', 'beach',
];

/** Small words allowed inside a name ("Bank of England", "Abu Mahdi al-Muhandis", "bin Laden"). */
export const NAME_CONNECTORS: readonly string[] = [
  'of', 'the', 'for', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den',
  'al', 'el', 'bin', 'ibn', 'bint', 'y', '&', 'on', 'und', 'et', 'do', 'dos', 'das',
];

/** Verbs of speech that make a lone capitalised word before or after them a person ("Haniyeh added"). */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'told', 'added', 'asserted', 'stated', 'noted', 'stressed', 'warned', 'argued', 'explained',
  'wrote', 'claimed', 'insisted', 'urged', 'declared', 'announced', 'replied', 'asked', 'thinks', 'believes',
  'considered', 'congratulated', 'reiterated', 'underscored', 'highlighted', 'emphasized', 'emphasised',
  'made', 'met', 'praised', 'condemned', 'denied', 'admitted', 'acknowledged', 'commented', 'recalled',
  'hailed', 'welcomed', 'criticized', 'criticised', 'rejected', 'accused', 'vowed', 'pledged', 'expressed',
];

/** Words in sports reports: a capitalised name next to them is a team. */
export const SPORTS_WORDS: readonly string[] = [
  'halftime', 'half-time', 'innings', 'wickets', 'goals', 'scorers', 'match', 'league', 'cup', 'championship',
  'standings', 'seed', 'soccer', 'football', 'cricket', 'tennis', 'golf', 'baseball', 'basketball', 'rugby',
  'hockey', 'striker', 'midfielder', 'goalkeeper', 'batsman', 'bowler', 'pitcher', 'inning', 'homer', 'penalty',
];

/** Words that put a team name before or after them in a sports report ("Leicestershire beat Somerset"). */
export const MATCH_WORDS: readonly string[] = ['beat', 'beats', 'drew', 'v', 'vs', 'vs.', 'versus', 'defeated', 'edged', 'thrashed', 'routed', 'trounced'];

/** Role nouns that open an apposition after a name ("…, head of the Political Bureau of Hamas"). */
export const ROLE_NOUNS: readonly string[] = [
  'head', 'leader', 'chief', 'secretary-general', 'secretary', 'president', 'minister', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'director', 'commander', 'founder', 'member',
  'advisor', 'adviser', 'ambassador', 'envoy', 'deputy', 'official', 'governor', 'mayor', 'general', 'editor',
  'correspondent', 'analyst', 'professor', 'executive', 'ceo', 'manager', 'coach', 'captain', 'representative',
  'senator', 'lawmaker', 'diplomat', 'aide', 'officer', 'vice-president', 'premier', 'chancellor', 'cleric',
];
