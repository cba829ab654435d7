import { agencyName } from './agencyName.js';
import { properCaseName } from './properCaseName.js';

export interface Byline {
  author: string;
  publisher: string;
}

// Words a list of names may hold besides capitalised ones: "Maria de la Cruz and John Smith".
const CONNECTORS = new Set([
  'and',
  '&',
  'de',
  'da',
  'del',
  'der',
  'den',
  'van',
  'von',
  'la',
  'le',
  'bin',
  'al',
]);

/** True for one to six capitalised words (initials allowed), as a person's name is written. */
export function isNameLike(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (text.length > 80 || words.length === 0 || words.length > 8) return false;
  return (
    words.some((w) => /^\p{Lu}/u.test(w)) &&
    words.every((w) => CONNECTORS.has(w.toLowerCase()) || /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w))
  );
}

/**
 * True for a short line that can be the name of a publication: a few words, at least one
 * capitalised ("Associated Press", "bne IntelliNews"), no sentence punctuation.
 */
export function isPublisherLike(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/);
  return (
    t.length > 0 &&
    t.length <= 60 &&
    words.length <= 6 &&
    /\p{Lu}/u.test(t) &&
    !/[.!?,;:]$/u.test(t) &&
    words.every((w) => /^[\p{L}\p{N}&'’./-]+$/u.test(w))
  );
}

/**
 * Reads a byline line: "By YURAS KARMANAU", "By: TA | AP Brief", "By Jane Doe, Reuters",
 * "By The Associated Press". Returns null for anything that is not plainly one (a sentence
 * that starts with "By the end of the year" has lowercase words and is not a name).
 */
export function parseByline(line: string): Byline | null {
  const m = /^by:?\s+(.+)$/i.exec(line.trim());
  if (!m) return null;
  // "Name | Outlet" and "Name — Outlet" name the outlet; after a comma may come an outlet
  // ("Jane Doe, Reuters") or more authors ("Jane Doe, John Smith").
  const [names = '', outlet = ''] = (m[1] as string).split(/\s+[|•·—–]\s+/);
  const [first = '', ...more] = names.split(/,\s+/);
  const agency = agencyName(first);
  if (agency !== null && more.length === 0 && outlet === '')
    return { author: '', publisher: agency };
  const last = more.at(-1) ?? '';
  const lastIsOutlet = last !== '' && (agencyName(last) !== null || looksLikeOutlet(last));
  const authors = lastIsOutlet ? [first, ...more.slice(0, -1)] : [first, ...more];
  const publisher = outlet !== '' ? outlet : lastIsOutlet ? last : '';
  if (!authors.every(isNameLike)) return null;
  if (publisher !== '' && !isPublisherLike(publisher)) return null;
  return {
    author: authors.map(properCaseName).join(', '),
    publisher: publisher === '' ? '' : (agencyName(publisher) ?? publisher),
  };
}

const OUTLET_WORDS =
  /^the\s|\b(press|news|times|post|agency|service|radio|tv|media|journal|daily|herald|tribune|guardian|telegraph|brief|wire|reuters|bbc|cnn|rfe\/rl)\b/i;

function looksLikeOutlet(text: string): boolean {
  return OUTLET_WORDS.test(text.trim());
}
