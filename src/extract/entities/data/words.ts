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
  'church', 'board', 'cabinet', 'government', 'administration', 'industries', 'motors', 'systems', 'technologies',
  'securities', 'partners', 'hospital', 'museum', 'magazine', 'journal', 'herald', 'telegraph', 'tribune',
  'gazette', 'daily', 'channel', 'broadcasting', 'telecom', 'communications', 'airport', 'railways', 'group',
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
  'park', 'airport', 'base', 'camp', 'crossing', 'border', 'hills', 'falls', 'beach', 'harbour', 'harbor', 'port',
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

/** Common words often capitalised in news (headings, names of things) that are never a person's name. */
export const NOT_NAME_WORDS: readonly string[] = [
  'islamic', 'revolution', 'revolutionary', 'resistance', 'republic', 'national', 'international', 'united',
  'states', 'democratic', 'people', 'peoples', 'new', 'holy', 'great', 'greater', 'zionist', 'axis', 'world', 'war',
  'day', 'days', 'analysis', 'related', 'articles', 'recent', 'posts', 'media', 'wire', 'script', 'please', 'wait',
  'unity', 'amidst', 'adversity', 'legacy', 'forging', 'future', 'eradicating', 'defeating', 'uniting', 'shifting',
  'repelling', 'plots', 'threat', 'balance', 'power', 'region', 'camp', 'east', 'west', 'north', 'south', 'central',
  'northern', 'southern', 'eastern', 'western', 'middle', 'upper', 'lower', 'old', 'civil', 'free', 'social',
  'public', 'federal', 'royal', 'grand', 'prize', 'open', 'cup', 'championship', 'championships', 'league', 'division',
  'premier', 'first', 'second', 'third', 'final', 'finals', 'round', 'group', 'games', 'olympic', 'olympics', 'world',
  'series', 'stock', 'index', 'dollar', 'dollars', 'market', 'markets', 'internet', 'web', 'online', 'email',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'july', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'republican', 'democrat',
  'democratic', 'conservative', 'liberal', 'socialist', 'libertarian', 'independent', 'progressive',
  'policy', 'plan', 'act', 'treaty', 'accord', 'agreement', 'deal', 'talks', 'summit', 'conference',
  'election', 'elections', 'crisis', 'affairs', 'security', 'defence', 'defense', 'foreign', 'trade', 'justice',
  'health', 'education', 'energy', 'finance', 'economy', 'oil', 'gas', 'army', 'navy', 'police', 'staff', 'agencies',
  'telegram', 'asia-pacific', 'comments', 'email', 'address', 'reports', 'views', 'section', 'headlines', 'content',
  'takfiri', 'wahhabi', 'shia', 'sunni', 'muslim', 'muslims', 'christian', 'jewish', 'arab', 'arabs', 'western',
  'god', 'allah', 'quran', 'koran', 'bible', 'internet', 'covid', 'coronavirus', 'ebola', 'aids', 'hiv', 'tv',
  'ceasefire', 'operation', 'campaign', 'strategy', 'vision', 'doctrine', 'initiative', 'project', 'program',
  'programme', 'service', 'services', 'system', 'award', 'awards', 'festival', 'museum', 'gallery', 'hotel',
  'classic', 'bowl', 'prix', 'trophy', 'tournament', 'marathon', 'masters', 'invitational', 'grand', 'slam',
];
