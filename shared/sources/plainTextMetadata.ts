import type { SourceMetadata } from './sourceImportResult.js';
import type { PartialDate } from '../model/partialDate.js';
import { dateLine, isHeadline, isPhotoCaption, splitDateline } from './articleLines.js';
import { firstSentence } from './firstSentence.js';
import { isPublisherLike, parseByline } from './parseByline.js';
import { agencyName } from './agencyName.js';
import { shortenTitle } from './shortenTitle.js';
import { toPartialDate } from './toPartialDate.js';

/** How many lines at the top, and at the bottom, may hold a byline, a headline or a date. */
const HEAD_LINES = 6;
const TAIL_LINES = 4;

// Files exported by some tools start with "date 2025-09-11" before the text, on the same line.
const DATE_TOKEN = /^\uFEFF?[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)/i;

// AP's closing line: "Associated Press writers Dasha Litvinova in Tallinn … contributed."
const AGENCY_CREDIT =
  /\b(?:the\s+)?(Associated Press|Reuters|AFP)\s+(?:writers?|reporters?|correspondents?|journalists?|staff)\b.*\bcontributed\b/i;

/**
 * What a plain text article says about itself: a leading `date YYYY-MM-DD` token, a headline
 * line, bylines at the top or the bottom ("By YURAS KARMANAU" / "Associated Press"), agency
 * datelines ("TALLINN, Estonia (AP) —") and credits. Photo credits never name an author.
 * A field stays empty when the text does not say it plainly. The title falls back to the
 * first sentence, shortened, then to `fallbackTitle`.
 */
export function plainTextMetadata(text: string, fallbackTitle: string): SourceMetadata {
  let date: PartialDate | null = null;
  let body = text;
  const token = DATE_TOKEN.exec(text);
  if (token) {
    date = toPartialDate(token[1] as string);
    body = text.slice(token[0].length);
  }
  const lines = body
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  let title = '';
  let author = '';
  let publisher = '';

  let start = 0;
  for (; start < lines.length && start < HEAD_LINES; start++) {
    const line = lines[start] as string;
    const byline = parseByline(line);
    if (byline) {
      author ||= byline.author;
      publisher ||= byline.publisher;
      continue;
    }
    const dated = date === null ? dateLine(line) : null;
    if (dated !== null) {
      date = dated;
      continue;
    }
    if (isPhotoCaption(line)) continue;
    if (title === '' && start < lines.length - 1 && isHeadline(line)) {
      title = line;
      continue;
    }
    break;
  }
  const bodyLines = lines.slice(start).filter((l) => !isPhotoCaption(l));

  for (let j = lines.length - 1; j >= Math.max(start, lines.length - TAIL_LINES); j--) {
    const line = lines[j] as string;
    const byline = parseByline(line);
    if (byline) {
      author ||= byline.author;
      const next = lines[j + 1];
      // "By YURAS KARMANAU" on one line and "Associated Press" on the next.
      const below = next !== undefined && isPublisherLike(next) ? (agencyName(next) ?? next) : '';
      publisher ||= byline.publisher || below;
    }
    const credit = AGENCY_CREDIT.exec(line);
    if (credit) publisher ||= agencyName(credit[1] as string) ?? '';
  }

  for (const line of bodyLines.slice(0, 2)) publisher ||= splitDateline(line).agency;

  if (title === '') {
    const first = bodyLines[0];
    // The title is short: the first thousand characters of a (possibly huge) line are plenty.
    title =
      first === undefined
        ? ''
        : shortenTitle(firstSentence(splitDateline(first.slice(0, 1000)).rest));
  }
  return { title: title || fallbackTitle, publisher, author, date, url: '' };
}
