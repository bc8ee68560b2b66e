/**
 * The one integration point with the Liberty reader (liberty/read-liberty.ts and
 * liberty/liberty-files.ts). Everything in workspace/ imports Liberty reading from here, so swapping
 * the reader is a one-line change.
 */
export { readLibertyServer } from '../liberty/read-liberty.js';
export { libertyFileKind } from '../liberty/liberty-files.js';
