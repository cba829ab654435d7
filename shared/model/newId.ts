import type { Id } from './ids.js';

/**
 * A fresh record id (a random UUID). Apart from the Id schema (ids.ts) so that code which only
 * makes ids, such as the database's revision packs in the search worker, does not load zod.
 */
export function newId(): Id {
  return crypto.randomUUID();
}
