import { selectorForQuote } from '../../shared/anchoring/anchorSelector.js';
import type { TextSelector } from '../../shared/model/selector.js';

/**
 * The selector for an authored quote, or an error that names the quote.
 *
 * The sample's citations are written by hand, so a typo (a straight quote for a curly one, a
 * missing word) must stop the build instead of producing a citation that opens as
 * "needs review". A quote that occurs several times must say which occurrence it means,
 * or the citation might silently point at the wrong passage.
 */
export function citeQuote(
  text: string,
  quote: string,
  where: string,
  occurrence?: number,
): TextSelector {
  const count = countOccurrences(text, quote);
  if (count === 0) throw new Error(`quote not found in ${where}: "${quote}"`);
  if (occurrence === undefined && count > 1) {
    throw new Error(
      `quote occurs ${count} times in ${where}, give an occurrence (0-based): "${quote}"`,
    );
  }
  const selector = selectorForQuote(text, quote, occurrence ?? 0);
  if (selector === null) {
    throw new Error(
      `quote has no occurrence ${occurrence} in ${where} (it occurs ${count} times): "${quote}"`,
    );
  }
  return selector;
}

/** Occurrences as selectorForQuote counts them: overlapping ones included. */
function countOccurrences(text: string, quote: string): number {
  if (quote.length === 0) return 0;
  let n = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) n++;
  return n;
}
