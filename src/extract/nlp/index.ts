export { tokenize, type Token } from './tokens.js';
export { parse } from './setup.js';
