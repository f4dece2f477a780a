export { findArticle, inArticle, isHeadline, type Article } from './article.js';
export { blocksOf, type Block, type BlockKind } from './blocks.js';
export { keepArticle, type Parts } from './keep.js';
