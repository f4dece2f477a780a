/**
 * Places beyond the country list: regions, territories and cities often named in the news,
 * with their other names. The first name of each entry is the canonical one. Countries, their
 * official names and demonyms come from the `world-countries` package (see ../gazetteer.ts).
 */
export const KNOWN_PLACES: readonly (readonly string[])[] = [
  ['Gaza Strip', 'Gaza'],
  ['West Bank'],
  ['Jerusalem', 'al-Quds', 'Al-Quds', 'Al Quds'],
  ['Golan Heights', 'Golan'],
  ['Middle East', 'Mideast'],
  ['West Asia'],
  ['Persian Gulf', 'Gulf'],
  ['Red Sea'], ['Mediterranean', 'Mediterranean Sea'], ['Black Sea'], ['Caspian Sea'], ['Strait of Hormuz'],
  ['Europe'], ['Asia'], ['Africa'], ['North America'], ['South America'], ['Latin America'], ['Antarctica'],
  ['Balkans'], ['Caucasus'], ['Scandinavia'], ['Sahel'], ['Kurdistan', 'Iraqi Kurdistan'], ['Crimea'], ['Donbas'],
  ['Tel Aviv'], ['Mosul'], ['Baghdad'], ['Damascus'], ['Beirut'], ['Tehran', 'Teheran'], ['Aleppo'], ['Idlib'],
  ['Homs'], ['Basra'], ['Erbil'], ['Kirkuk'], ['Fallujah'], ['Najaf'], ['Karbala'], ['Qom'], ['Mashhad'],
  ['Isfahan'], ['Tabriz'], ['Sanaa'], ['Aden'], ['Hodeidah'], ['Riyadh'], ['Jeddah'], ['Mecca'], ['Medina'],
  ['Doha'], ['Dubai'], ['Abu Dhabi'], ['Manama'], ['Muscat'], ['Amman'], ['Cairo'], ['Alexandria'], ['Ankara'],
  ['Istanbul'], ['Kabul'], ['Kandahar'], ['Herat'], ['Islamabad'], ['Karachi'], ['Lahore'], ['Rafah'],
  ['Khan Younis'], ['Jenin'], ['Nablus'], ['Ramallah'], ['Hebron'], ['Haifa'], ['Sidon'], ['Tyre'], ['Tripoli'],
  ['Benghazi'], ['Khartoum'], ['Kyiv', 'Kiev'], ['Moscow'], ['Washington', 'Washington D.C.', 'Washington DC', 'D.C.'],
  ['London'], ['Paris'], ['Berlin'], ['Brussels'], ['Geneva'], ['Vienna'], ['Beijing'], ['New York'],
  // US states, and as news agencies abbreviate them in datelines ("IRVINE, Calif").
  ['Alabama'], ['Alaska'], ['Arkansas'], ['Delaware'], ['Hawaii'], ['Idaho'], ['Indiana'], ['Iowa'], ['Kansas'],
  ['Kentucky'], ['Louisiana'], ['Maine'], ['Maryland'], ['Mississippi'], ['Missouri'], ['Montana'], ['Nebraska'],
  ['Nevada'], ['New Hampshire'], ['New Jersey'], ['New Mexico'], ['New York State'], ['North Carolina'],
  ['North Dakota'], ['Ohio'], ['Oregon'], ['Rhode Island'], ['South Carolina'], ['South Dakota'], ['Utah'],
  ['Vermont'], ['Virginia'], ['West Virginia'], ['Wyoming'],
  ['California', 'Calif', 'Calif.'], ['Florida', 'Fla', 'Fla.'], ['Texas', 'Tex', 'Tex.'], ['Michigan', 'Mich', 'Mich.'],
  ['Wisconsin', 'Wis', 'Wis.'], ['Illinois', 'Ill.'], ['Massachusetts', 'Mass.'], ['Pennsylvania', 'Pa.', 'Penn.'],
  ['Connecticut', 'Conn', 'Conn.'], ['Washington State'], ['Oklahoma', 'Okla', 'Okla.'], ['Minnesota', 'Minn', 'Minn.'],
  ['Colorado', 'Colo', 'Colo.'], ['Arizona', 'Ariz', 'Ariz.'], ['Tennessee', 'Tenn', 'Tenn.'], ['Georgia (US state)', 'Ga.'],
];

/** Other names for countries that the country list lacks or spells differently. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'US': 'United States', 'U.S.': 'United States', 'USA': 'United States', 'U.S.A.': 'United States',
  'America': 'United States', 'United States of America': 'United States',
  'UK': 'United Kingdom', 'U.K.': 'United Kingdom', 'Britain': 'United Kingdom', 'Great Britain': 'United Kingdom',
  'UAE': 'United Arab Emirates', 'U.A.E.': 'United Arab Emirates', 'Emirates': 'United Arab Emirates',
  'Islamic Republic': 'Iran', 'Persia': 'Iran', 'Holland': 'Netherlands', 'the Netherlands': 'Netherlands',
  'Palestine': 'Palestine', 'Palestinian territories': 'Palestine', 'Syrian Arab Republic': 'Syria',
  'Russian Federation': 'Russia', 'Soviet Union': 'Soviet Union', 'USSR': 'Soviet Union', 'Burma': 'Myanmar',
  'Ivory Coast': 'Ivory Coast', "Cote d'Ivoire": 'Ivory Coast', 'Czech Republic': 'Czechia', 'Zaire': 'DR Congo',
  'Yugoslavia': 'Yugoslavia', 'England': 'England', 'Scotland': 'Scotland', 'Wales': 'Wales',
  'Northern Ireland': 'Northern Ireland', 'South Korea': 'South Korea', 'North Korea': 'North Korea', 'Taiwan': 'Taiwan',
};

/** Demonyms the country list lacks, and forms of the adjective it spells differently. */
export const DEMONYM_ALIASES: Readonly<Record<string, string>> = {
  'American': 'United States', 'British': 'United Kingdom', 'English': 'United Kingdom', 'Scottish': 'United Kingdom',
  'Welsh': 'United Kingdom', 'Emirati': 'United Arab Emirates', 'Saudi': 'Saudi Arabia', 'Palestinian': 'Palestine',
  'Israeli': 'Israel', 'Iranian': 'Iran', 'Persian': 'Iran', 'Iraqi': 'Iraq', 'Syrian': 'Syria', 'Lebanese': 'Lebanon',
  'Yemeni': 'Yemen', 'Afghan': 'Afghanistan', 'Soviet': 'Soviet Union', 'Dutch': 'Netherlands', 'Swiss': 'Switzerland',
  'Chinese': 'China', 'Russian': 'Russia', 'Turkish': 'Turkey', 'Kurdish': 'Kurdistan', 'European': 'Europe',
  'Czech': 'Czechia', 'Yugoslav': 'Yugoslavia', 'Bosnian': 'Bosnia and Herzegovina', 'Filipino': 'Philippines',
};

/**
 * Last words that make a capitalised name a facility: "Heathrow Airport", "Damascus International
 * Airport", "Camp Bastion", "St Anne's Hospital", "Tower Bridge". claimgraph types facilities
 * as places, once for all, as CoNLL-2003 annotates them (hospitals, bridges, bases and stations
 * are LOCATION there) and as docs/gold-format.md asks (buildings are LOCATION).
 */
export const FACILITY_WORDS: readonly string[] = [
  'airport', 'airfield', 'airbase', 'aerodrome', 'port', 'harbour', 'harbor', 'seaport', 'base', 'barracks',
  'hospital', 'infirmary', 'bridge', 'station', 'terminal', 'stadium', 'arena', 'prison', 'jail', 'dam', 'tunnel',
  'checkpoint', 'crossing', 'refinery', 'mosque', 'cathedral', 'church', 'temple', 'synagogue', 'shrine',
];
