import { capitalisation, newsCase } from './case.js';
import { clusters } from './clusters.js';
import { documentVotes, firstPass } from './document.js';
import { affixes, bias, shape, word } from './lexical.js';
import { gazetteer, wordClasses } from './lexicon.js';
import { rules } from './rules.js';
import type { FeatureSink } from './sink.js';
import type { TokenTable } from './table.js';
import { neighbours, ngrams } from './window.js';

/** A feature: adds the hashed features of token i to `out`. */
export type Feature = (t: TokenTable, i: number, out: FeatureSink) => void;

/**
 * What the model sees of a token, in one list. Each is a named function in a small module:
 * read them to know what the recognizer looks at.
 */
export const LOCAL_FEATURES: readonly Feature[] = [bias, word, shape, affixes, neighbours, ngrams, capitalisation, newsCase, wordClasses, gazetteer, clusters, rules];

/** What the second pass adds: the first pass's labels and the document's evidence. */
export const DOCUMENT_FEATURES: readonly Feature[] = [firstPass, documentVotes];
