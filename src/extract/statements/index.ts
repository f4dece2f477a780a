export { findStatements } from './find.js';
export { findQuotes, type Quote } from './quotes.js';
export { splitSentences, type Sentence } from './sentences.js';
