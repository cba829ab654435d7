import { MAX_SOURCE_TEXT_BYTES } from '../model/source.js';
import type { SourceImportFailure, SourceImportFailureReason } from './sourceImportResult.js';
import { extensionOf } from './formatOfFileName.js';

const INSTEAD = 'Save the article as a .txt, .md or .html file, or copy its text and paste it';

/** A size for people: "5.0 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * A failed import with a message that names the file (fileName '' is pasted text), says what
 * is wrong with it and what to do instead. `detail` is what the check found: a kind of file,
 * a line, a size.
 */
export function importFailure(
  fileName: string,
  reason: SourceImportFailureReason,
  detail = '',
): SourceImportFailure {
  const message =
    fileName === ''
      ? pasteMessage(reason, detail)
      : fileMessage(`“${fileName}”`, fileName, reason, detail);
  return { ok: false, fileName, reason, message };
}

function tooLarge(what: string, detail: string): string {
  return `${what} is too large${detail ? ` (${detail})` : ''}: a source may hold up to ${megabytes(MAX_SOURCE_TEXT_BYTES)} of text.`;
}

function pasteMessage(reason: SourceImportFailureReason, detail: string): string {
  switch (reason) {
    case 'empty':
      return 'The pasted text is empty (only spaces and blank lines). Copy the article’s text and paste it again.';
    case 'too_large':
      return `${tooLarge('The pasted text', detail)} Paste only the part you need.`;
    case 'binary':
      return 'The pasted text is mostly control characters, not readable text. Copy the article’s text again and paste it.';
    default:
      return `The pasted text could not be read${detail ? ` (${detail})` : ''}. Copy the article’s text again and paste it.`;
  }
}

function fileMessage(
  what: string,
  fileName: string,
  reason: SourceImportFailureReason,
  detail: string,
): string {
  switch (reason) {
    case 'empty':
      return detail === 'html'
        ? `${what} has no readable text: the page holds only markup, scripts or images. Save the article’s page again, or copy its text and paste it.`
        : `${what} is empty (it has no text, or only spaces and blank lines). Choose the file that holds the article, or paste its text.`;
    case 'binary':
      return detail === 'a PDF document'
        ? `${what} is a PDF document, not a text file. PDF import is not available yet; copy the text out of the PDF and paste it.`
        : `${what} is not a text file${detail ? `: it looks like ${detail}` : ''}. ${INSTEAD}.`;
    case 'not_utf8':
      return detail === 'damaged UTF-16'
        ? `${what} is marked as UTF-16 text but is damaged. Open it in a text editor, save it as UTF-8 and add it again.`
        : `${what} is not UTF-8 text${detail ? ` (the first unreadable character is on ${detail})` : ''}. It may be in an older encoding such as Windows-1251. Open it in a text editor, save it as UTF-8 and add it again.`;
    case 'too_large':
      return `${tooLarge(what, detail)} Split it into smaller files or paste only the part you need.`;
    case 'unsupported_type': {
      const ext = extensionOf(fileName);
      return ext === 'pdf'
        ? `${what} is a PDF. PDF import is not available yet; copy the text out of the PDF and paste it.`
        : `${what} is a .${ext} file, which Kartoteka cannot import. ${INSTEAD}.`;
    }
    case 'unreadable':
      return `${what} could not be read${detail ? ` (${detail})` : ''}. Try adding it again; if it keeps failing, copy its text and paste it.`;
  }
}
