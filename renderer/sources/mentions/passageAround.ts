/** Longest sentence quoted for a mention; past this the name alone is quoted. */
export const MAX_PASSAGE = 400;
/** Only this much text either side is segmented: a sentence longer than that is not quoted. */
const WINDOW = 1000;

/**
 * The passage to quote for a name at [start16, end16) of `text`: the sentence (or sentences,
 * when a name with an initial straddles a break) that holds it, trimmed; the name itself when
 * that is longer than MAX_PASSAGE. A citation quoting the sentence says what the source says
 * about the person, not only that it names them.
 */
export function passageAround(
  text: string,
  start16: number,
  end16: number,
): { start16: number; end16: number } {
  const from = Math.max(0, start16 - WINDOW);
  const window = text.slice(from, Math.min(text.length, end16 + WINDOW));
  const segments = new Intl.Segmenter(undefined, { granularity: 'sentence' }).segment(window);
  const first = segments.containing(start16 - from);
  const last = segments.containing(Math.max(start16, end16 - 1) - from);
  if (!first || !last) return { start16, end16 };
  let s = from + first.index;
  let e = from + last.index + last.segment.length;
  while (s < start16 && /\s/u.test(text.charAt(s))) s++;
  while (e > end16 && /\s/u.test(text.charAt(e - 1))) e--;
  const cut = (s === from && from > 0) || (e === from + window.length && e < text.length);
  if (cut || e - s > MAX_PASSAGE) return { start16, end16 };
  return { start16: s, end16: e };
}
