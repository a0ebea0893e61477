/** The pcsh library API. */
export { ErrorRecord, PSException } from './engine/errors.js';
export { PSObject, Hashtable } from './engine/ps-object.js';
