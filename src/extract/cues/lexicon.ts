/**
 * The cue-verb lexicon: every verb that can introduce what someone said, by class.
 * A class names what the speaker did with the words (said them, claimed, denied, warned …);
 * it is stored on each statement as `cueClass`.
 */

/** The classes of cue verbs. */
export type CueClass =
  | 'say'
  | 'assert'
  | 'claim'
  | 'deny'
  | 'admit'
  | 'warn'
  | 'promise'
  | 'accuse'
  | 'praise'
  | 'ask'
  | 'describe'
  | 'opine'
  | 'report';

/** Lemmas of each class. A lemma may be a phrasal verb ("point out"). */
export const CUE_LEMMAS: Readonly<Record<CueClass, readonly string[]>> = {
  say: [
    'say', 'tell', 'add', 'state', 'note', 'explain', 'remark', 'continue', 'comment', 'reply', 'respond',
    'answer', 'recall', 'mention', 'declare', 'announce', 'observe', 'conclude', 'joke', 'quip',
    'retort', 'recount', 'testify', 'shout', 'whisper', 'write', 'tweet', 'post', 'go on to say',
    'shoot back', 'fire back', 'hit back',
  ],
  assert: [
    'assert', 'stress', 'emphasize', 'emphasise', 'underline', 'underscore', 'highlight', 'insist', 'maintain',
    'affirm', 'reaffirm', 'reiterate', 'repeat', 'argue', 'contend', 'point out', 'point to', 'clarify', 'stipulate',
  ],
  claim: ['claim', 'allege', 'suggest', 'predict', 'estimate', 'speculate', 'posit', 'forecast', 'hint', 'imply', 'prognosticate'],
  deny: ['deny', 'reject', 'dismiss', 'refute', 'dispute', 'rebut', 'contradict'],
  admit: ['admit', 'acknowledge', 'concede', 'confess', 'confirm', 'grant'],
  warn: ['warn', 'caution', 'threaten'],
  promise: ['promise', 'pledge', 'vow', 'swear', 'guarantee', 'assure'],
  accuse: [
    'accuse', 'blame', 'criticize', 'criticise', 'condemn', 'denounce', 'slam', 'blast', 'decry', 'lament',
    'complain', 'mock', 'charge', 'attack', 'ridicule', 'rebuke', 'scold', 'lambast', 'berate', 'chide',
    'hit out', 'lash out',
  ],
  praise: ['praise', 'hail', 'commend', 'congratulate', 'thank', 'welcome', 'laud', 'applaud', 'felicitate', 'salute'],
  ask: ['ask', 'question', 'wonder', 'urge', 'call for', 'call on', 'demand', 'appeal', 'request', 'propose', 'recommend', 'inquire'],
  describe: ['describe', 'call', 'term', 'label', 'brand', 'dub', 'characterize', 'characterise'],
  opine: ['consider', 'express', 'believe', 'opine', 'reckon', 'agree', 'disagree'],
  report: ['report', 'quote', 'cite', 'publish', 'reveal', 'disclose', 'indicate', 'show'],
};

/**
 * Lemmas whose forms are often nouns ("the states", "his claims", "the report") or rarely speech;
 * their bare and -s forms count as cues only where the sentence shape makes them verbs.
 */
export const WEAK_LEMMAS: ReadonlySet<string> = new Set([
  'state', 'note', 'remark', 'call for', 'call on', 'claim', 'report', 'call', 'comment', 'answer', 'question', 'promise', 'charge', 'attack',
  'demand', 'appeal', 'request', 'post', 'quote', 'show', 'grant', 'welcome', 'repeat', 'continue', 'add',
  'maintain', 'dismiss', 'reject', 'express', 'agree', 'believe', 'indicate', 'reveal', 'publish', 'cite',
  'term', 'label', 'brand', 'observe', 'respond', 'reply', 'stress', 'highlight', 'point to',
  'thank', 'hint', 'dispute', 'guarantee', 'forecast', 'estimate', 'blame', 'praise', 'salute', 'question',
]);

/** Verbs of the "tell" kind whose object is the addressee ("told Haniyeh", "assured him"). */
export const ADDRESSEE_LEMMAS: ReadonlySet<string> = new Set(['tell', 'assure', 'warn', 'ask', 'urge', 'congratulate', 'thank', 'remind', 'inform', 'caution']);
