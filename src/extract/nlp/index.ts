export { tokenize, wordsOf, type Token } from './tokens.js';
export { parse } from './setup.js';
