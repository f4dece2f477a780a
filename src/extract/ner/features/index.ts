import { capitalisation, documentCase, newsCase } from './case.js';
import { clusters } from './clusters.js';
import { documentVotes, firstPass } from './document.js';
import { affixes, bias, spelling } from './lexical.js';
import { gazetteer, wordClasses } from './lexicon.js';
import { rules } from './rules.js';
import type { FeatureSink } from './sink.js';
import type { TokenTable } from './table.js';
import { ngrams } from './window.js';
import type { WordFeature } from './word.js';

/** A feature of a token in its context: adds the hashed features of token i to `out`. */
export type Feature = (t: TokenTable, i: number, out: FeatureSink) => void;

/**
 * What the model sees, in one list each. Every feature is a named function in a small module:
 * read them to know what the recognizer looks at.
 *
 * Word features see one word, the token's own or a neighbour's up to two away (spelling and
 * shape, affixes, lexicon classes, word clusters); their weights are summed once per word form.
 */
export const WORD_FEATURES: readonly WordFeature[] = [spelling, affixes, wordClasses, clusters];

/** Features of the token in its place: word pairs, capitals in context, gazetteer names, the rules' view. */
export const CONTEXT_FEATURES: readonly Feature[] = [bias, ngrams, capitalisation, newsCase, documentCase, gazetteer, rules];

/** What the second pass adds: the first pass's labels and the document's evidence. */
export const DOCUMENT_FEATURES: readonly Feature[] = [firstPass, documentVotes];
