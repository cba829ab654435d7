import { PartialDate } from '../model/partialDate.js';

const ENGLISH_MONTHS =
  'january february march april may june july august september october november december'.split(
    ' ',
  );

// Russian and Belarusian month names as dates write them, in the genitive ("11 сентября 2025",
// "11 верасня 2025"): lowercase stems, by month.
const CYRILLIC_MONTHS: readonly string[][] = [
  ['январ', 'студзен'],
  ['феврал', 'лют'],
  ['март', 'сакав'],
  ['апрел', 'красав'],
  ['мая', 'май', 'травен', 'траўн'],
  ['июн', 'чэрвен'],
  ['июл', 'ліпен'],
  ['август', 'жнів', 'жніў'],
  ['сентябр', 'верас'],
  ['октябр', 'кастрычн'],
  ['ноябр', 'лістапад'],
  ['декабр', 'снеж'],
];

/** 1–12 for an English month name or abbreviation ("Sept.") or a Cyrillic one, else null. */
function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = /^[a-z]+$/.test(w)
    ? ENGLISH_MONTHS.findIndex((name) => name.startsWith(w))
    : CYRILLIC_MONTHS.findIndex((stems) => stems.some((stem) => w.startsWith(stem)));
  return index < 0 ? null : index + 1;
}

function build(year: string, month?: string | number, day?: string | number): PartialDate | null {
  const parts = [year];
  if (month !== undefined) parts.push(String(month).padStart(2, '0'));
  if (month !== undefined && day !== undefined) parts.push(String(day).padStart(2, '0'));
  const parsed = PartialDate.safeParse(parts.join('-'));
  return parsed.success ? parsed.data : null;
}

const WORD = '([\\p{L}]+\\.?)';
const ISO =
  /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)? ?(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const MONTH_DAY_YEAR = new RegExp(
  `^(?:\\p{L}+,?\\s+)?${WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'u',
);
const DAY_MONTH_YEAR = new RegExp(
  `^(?:\\p{L}+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${WORD},?\\s+(\\d{4})\\b`,
  'u',
);
const MONTH_YEAR = new RegExp(`^${WORD}\\s+(\\d{4})$`, 'u');

/**
 * A partial date from a date as pages and articles write it: ISO 8601 (with or without a
 * time: the calendar date is taken as written, not moved to another time zone), 2025/09/11,
 * 11.09.2025 (day first, as in Belarus and Russia), "September 11, 2025", "11 September 2025",
 * "11 верасня 2025", "September 2025". Anything else, such as the ambiguous 09/11/2025, is null.
 */
export function toPartialDate(value: string): PartialDate | null {
  const s = value.trim().replace(/\s+/g, ' ');
  let m = ISO.exec(s);
  if (m) return build(m[1] as string, m[2], m[2] === undefined ? undefined : m[3]);
  m = DOTTED.exec(s);
  if (m) return build(m[3] as string, m[2], m[1]);
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const month = monthOf(m[1] as string);
    return month === null ? null : build(m[3] as string, month, m[2]);
  }
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const month = monthOf(m[2] as string);
    return month === null ? null : build(m[3] as string, month, m[1]);
  }
  m = MONTH_YEAR.exec(s);
  if (m) {
    const month = monthOf(m[1] as string);
    return month === null ? null : build(m[2] as string, month);
  }
  return null;
}
