import { z } from './zod.js';

/**
 * Where a quote sits in a source text: the W3C Web Annotation TextQuoteSelector (exact quote
 * with some context before and after) combined with a TextPositionSelector.
 *
 * Positions count Unicode code points, not UTF-16 code units, as the W3C model specifies;
 * so "🙂" is one position and a bundle read by a tool in another language means the same
 * thing. `end` is exclusive. The quote is the authority; the position only chooses between
 * several exact occurrences.
 */
export const TextSelector = z
  .object({
    exact: z.string().min(1).max(20000),
    prefix: z.string().max(200),
    suffix: z.string().max(200),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((s) => s.end > s.start, { message: 'end must be after start' });
export type TextSelector = z.infer<typeof TextSelector>;

/** How much context a selector keeps on each side of the quote, in code points. */
export const SELECTOR_CONTEXT = 32;
