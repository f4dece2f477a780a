export { bulkLoad, BulkLoadError, BulkRefusedError, type BulkOptions, type BulkResult } from './load.js';
export { BULK_MIN_ROWS, bulkMinRows, neverStarted, wantsBulk, type LoadMode } from './choose.js';
export { recoverInterruptedSwap } from './swap.js';
