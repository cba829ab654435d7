import type { QuoteSpec } from '../caseSpec.js';

/**
 * The seeds are English articles, so no source gives a Belarusian or Russian spelling. A
 * Cyrillic name is backed by a passage that names the person, and the citation says plainly
 * that the spelling is the standard one, not the source's, so nobody mistakes it for a quote.
 */
export function standardSpelling(cite: QuoteSpec): QuoteSpec {
  return {
    ...cite,
    note: 'The source names this person in Latin script; this spelling is the standard form of the name, not taken from the source.',
  };
}
