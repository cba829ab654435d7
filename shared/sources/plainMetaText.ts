/**
 * A metadata value as one plain line: tags some pages put into titles and author fields
 * ("<b>Title</b>", or a hostile "<img onerror=…>") are removed, whitespace is collapsed.
 * Values are only ever shown as text, but markup in a title is never what the author meant.
 */
export function plainMetaText(value: string): string {
  return value
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
