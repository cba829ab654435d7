/** About how long a title made from the first sentence may be, in code points. */
export const TITLE_MAX = 120;

/**
 * `text` on one line, cut to about `max` code points at a word boundary with an ellipsis
 * when it is longer, so a first sentence can serve as a title.
 */
export function shortenTitle(text: string, max = TITLE_MAX): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  if (chars.length <= max) return oneLine;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  // A very long first word is cut where it stands rather than leaving a stub of a title.
  const head = space >= cut.length / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
