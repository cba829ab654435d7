/**
 * Conversions between Unicode code point offsets (what selectors store) and UTF-16 code
 * unit offsets (what JavaScript strings and DOM ranges use). Offsets in the middle of a
 * surrogate pair do not exist in code points; converting one rounds it down.
 */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The number of code points in `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (!(isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))))
      n++;
  }
  return n;
}

/** The UTF-16 offset of code point offset `cp` (clamped to the text). */
export function utf16OffsetOf(text: string, cp: number): number {
  let units = 0;
  for (let seen = 0; seen < cp && units < text.length; seen++) {
    units +=
      isHighSurrogate(text.charCodeAt(units)) && isLowSurrogate(text.charCodeAt(units + 1)) ? 2 : 1;
  }
  return units;
}

/** The code point offset of UTF-16 offset `unit`; an offset inside a pair rounds down. */
export function codePointOffsetOf(text: string, unit: number): number {
  const end = Math.min(unit, text.length);
  let cp = 0;
  for (let i = 0; i < end; i++) {
    const inPair =
      isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1));
    if (!inPair) cp++;
  }
  // An offset between the halves of a pair counted the high half: take it back.
  if (
    end > 0 &&
    end < text.length &&
    isHighSurrogate(text.charCodeAt(end - 1)) &&
    isLowSurrogate(text.charCodeAt(end))
  ) {
    cp--;
  }
  return cp;
}

/** Moves a UTF-16 offset out of the middle of a surrogate pair (down for a start, up for an end). */
export function snapToCodePoint(text: string, unit: number, direction: 'down' | 'up'): number {
  if (
    unit > 0 &&
    unit < text.length &&
    isLowSurrogate(text.charCodeAt(unit)) &&
    isHighSurrogate(text.charCodeAt(unit - 1))
  ) {
    return direction === 'down' ? unit - 1 : unit + 1;
  }
  return unit;
}
