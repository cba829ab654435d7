/** Share of control characters above which a decoded file is taken for binary data. */
const MAX_CONTROL_SHARE = 0.05;
/** The start of a file tells text from binary data; NUL bytes are looked for everywhere. */
const SAMPLE = 65536;

/**
 * True when more than a few percent of `text` are control characters other than tab, line
 * feed, vertical tab, form feed and carriage return (C0, DEL, C1). Binary data that happens
 * to decode as UTF-8 looks like that; a stray form feed in an old text file does not.
 * Only the first SAMPLE code points are looked at.
 */
export function isMostlyControl(text: string): boolean {
  let controls = 0;
  let total = 0;
  for (const ch of text) {
    if (++total > SAMPLE) break;
    const c = ch.codePointAt(0) as number;
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return total > 0 && controls / Math.min(total, SAMPLE) > MAX_CONTROL_SHARE;
}
