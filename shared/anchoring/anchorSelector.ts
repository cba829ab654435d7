import type { TextSelector } from '../model/selector.js';
import { SELECTOR_CONTEXT } from '../model/selector.js';
import { codePointOffsetOf, snapToCodePoint, utf16OffsetOf } from './codePoints.js';

/**
 * Making selectors from a selection, and finding them again in a text.
 *
 * The rule that matters: a quote is anchored only where the text contains it exactly.
 * When it does not, the result is `needs_review` and no position is offered, so that a
 * citation is never moved silently to a passage that merely looks like the quote.
 */

export type AnchorResult =
  | {
      status: 'anchored';
      /** Code point offsets, as stored in selectors. */
      start: number;
      end: number;
      /** UTF-16 offsets, for DOM ranges and String#slice. */
      start16: number;
      end16: number;
      /** false when the quote was found but the text around it is not what it was. */
      contextMatches: boolean;
    }
  | { status: 'needs_review'; reason: 'quote_not_found' };

/** Builds a selector for the UTF-16 range [start16, end16) of `text`, widened to whole code points. */
export function selectorFromRange(text: string, start16: number, end16: number): TextSelector {
  const s = snapToCodePoint(text, Math.max(0, Math.min(start16, text.length)), 'down');
  const e = snapToCodePoint(text, Math.max(s, Math.min(end16, text.length)), 'up');
  if (e <= s) throw new RangeError('a selector needs a non-empty range');
  const startCp = codePointOffsetOf(text, s);
  const endCp = codePointOffsetOf(text, e);
  const before = Array.from(text.slice(0, s));
  const after = Array.from(text.slice(e));
  return {
    exact: text.slice(s, e),
    prefix: before.slice(-SELECTOR_CONTEXT).join(''),
    suffix: after.slice(0, SELECTOR_CONTEXT).join(''),
    start: startCp,
    end: endCp,
  };
}

/**
 * A selector for the `occurrence`-th (0-based) exact occurrence of `quote` in `text`,
 * or null when there is no such occurrence.
 */
export function selectorForQuote(text: string, quote: string, occurrence = 0): TextSelector | null {
  if (quote.length === 0) return null;
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return null;
  }
  return selectorFromRange(text, at, at + quote.length);
}

function occurrencesOf(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** How many code points of the stored context still stand next to the candidate. */
function contextScore(text: string, at16: number, end16: number, selector: TextSelector): number {
  const before = Array.from(text.slice(Math.max(0, at16 - selector.prefix.length * 2), at16));
  const after = Array.from(text.slice(end16, end16 + selector.suffix.length * 2));
  const prefix = Array.from(selector.prefix);
  const suffix = Array.from(selector.suffix);
  let score = 0;
  for (
    let i = 1;
    i <= prefix.length && before[before.length - i] === prefix[prefix.length - i];
    i++
  )
    score++;
  for (let i = 0; i < suffix.length && after[i] === suffix[i]; i++) score++;
  return score;
}

/**
 * Finds the selector's quote in `text`. Among several exact occurrences the one whose
 * surrounding text best matches the stored prefix and suffix wins, then the one nearest
 * the stored position.
 */
export function anchorSelector(text: string, selector: TextSelector): AnchorResult {
  // A match that starts or ends between the halves of a surrogate pair is not the quote: it
  // can only happen when the quote has a lone surrogate, and it has no code point position.
  const candidates = occurrencesOf(text, selector.exact).filter(
    (at16) =>
      snapToCodePoint(text, at16, 'down') === at16 &&
      snapToCodePoint(text, at16 + selector.exact.length, 'down') === at16 + selector.exact.length,
  );
  if (candidates.length === 0) return { status: 'needs_review', reason: 'quote_not_found' };
  const wanted16 = utf16OffsetOf(text, selector.start);
  const fullContext = Array.from(selector.prefix).length + Array.from(selector.suffix).length;
  let best = { at16: -1, score: -1, distance: Infinity };
  for (const at16 of candidates) {
    const score = contextScore(text, at16, at16 + selector.exact.length, selector);
    const distance = Math.abs(at16 - wanted16);
    if (score > best.score || (score === best.score && distance < best.distance)) {
      best = { at16, score, distance };
    }
  }
  const start16 = best.at16;
  const end16 = start16 + selector.exact.length;
  const start = codePointOffsetOf(text, start16);
  return {
    status: 'anchored',
    start,
    end: start + Array.from(selector.exact).length,
    start16,
    end16,
    contextMatches: best.score === fullContext,
  };
}
