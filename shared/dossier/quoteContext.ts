import type { TextSelector } from '../model/selector.js';
import { SELECTOR_CONTEXT } from '../model/selector.js';

/**
 * The context to print around a short quote: the selector's prefix and suffix trimmed to
 * whole words, with an ellipsis where the text goes on. A prefix shorter than the stored
 * context length means the quote starts the text, so there is nothing to elide.
 */
export function quoteContext(s: Pick<TextSelector, 'prefix' | 'suffix'>): {
  before: string;
  after: string;
} {
  const prefix = s.prefix.replace(/\s+/g, ' ');
  const suffix = s.suffix.replace(/\s+/g, ' ');
  const prefixCut = Array.from(s.prefix).length >= SELECTOR_CONTEXT;
  const suffixCut = Array.from(s.suffix).length >= SELECTOR_CONTEXT;
  // Drop the partial word at the cut end; keep the space next to the quote as it is.
  const before = prefixCut ? prefix.replace(/^\S*\s?/, '') : prefix;
  const after = suffixCut ? suffix.replace(/\s?\S*$/, '') : suffix;
  return {
    before: prefixCut && before.trim() ? `…${before}` : before,
    after: suffixCut && after.trim() ? `${after}…` : after,
  };
}
