export { runQuery, QueryError, DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_MS, type QueryOptions, type QueryResult } from './run.js';
export { NAMED_QUERIES, type NamedQuery } from './named.js';
export { formatResult, QUERY_FORMATS, type QueryFormat } from './format.js';
export { plain, parseParamValue } from './values.js';
