import { agencyName } from './agencyName.js';
import { toPartialDate } from './toPartialDate.js';
import type { PartialDate } from '../model/partialDate.js';

/**
 * Recognisers for the lines a news article is made of besides its body: photo captions,
 * datelines, date lines and headlines. Each is deliberately narrow: a line they do not
 * recognise is treated as body text.
 */

/** "… in Moscow, Thursday, Feb. 26, 2026. (AP Photo/Pavel Bednyakov, Pool)", "Photo: …". */
export function isPhotoCaption(line: string): boolean {
  return (
    /\((?:[^()]*\s)?(?:photo|photograph|image|picture)\s*(?:\/|:|by\b)[^()]*\)\s*$/i.test(line) ||
    /^(?:photo|image|picture|credit|фота|фото)\s*[:/]/i.test(line)
  );
}

// "TALLINN, Estonia (AP) — ", "TALLINN – ", "MINSK (Reuters) - ": a city in capitals, maybe a
// country, maybe an agency, a dash.
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}(?:,\s*\p{Lu}[\p{L}\p{M} .'’-]{1,40}?)?\s*(?:\(([\p{L}/ ]{2,20})\)\s*)?[—–-]{1,2}\s+/u;

export interface Dateline {
  /** The line without its dateline. */
  rest: string;
  /** The agency named in brackets, in full, or ''. */
  agency: string;
}

export function splitDateline(line: string): Dateline {
  const m = DATELINE.exec(line);
  if (!m) return { rest: line, agency: '' };
  return {
    rest: line.slice(m[0].length),
    agency: m[1] === undefined ? '' : (agencyName(m[1]) ?? ''),
  };
}

/** A line that is nothing but a date, maybe labelled: "September 11, 2025", "Published: 2025-09-11". */
export function dateLine(line: string): PartialDate | null {
  if (line.length > 60) return null;
  const m = /^(?:(?:published|updated|posted|date)\s*(?:on)?\s*:?\s*)?(.+)$/i.exec(line.trim());
  return m ? toPartialDate(m[1] as string) : null;
}

/**
 * A line that reads as a headline: short, with at least two words, starting with a capital,
 * a digit or a quote, and not ending the way sentences, lists and captions end.
 */
export function isHeadline(line: string): boolean {
  const length = Array.from(line).length;
  return (
    length >= 8 &&
    length <= 150 &&
    /\s/.test(line) &&
    /^[\p{Lu}\p{N}"'“‘«]/u.test(line) &&
    !/[.,;:)(\]]$/.test(line) &&
    !isPhotoCaption(line) &&
    splitDateline(line).rest === line
  );
}
