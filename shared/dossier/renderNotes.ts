import type { Note } from '../model/note.js';
import { renderMarkdownNote } from './renderMarkdownNote.js';
import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';

/**
 * The case file's notes, private ones left out when the redaction profile says so. A private
 * note that is printed says it is private, so nobody hands it on by mistake.
 */
export function renderNotes(notes: readonly Note[], omitPrivate: boolean): SafeHtml | null {
  const shown = notes.filter((n) => !(omitPrivate && n.private) && n.body.trim().length > 0);
  if (shown.length === 0) return null;
  return markup`${shown.map(
    (n) =>
      markup`<div class="note">${n.private ? markup`<div class="note-flag">Private note</div>` : ''}${renderMarkdownNote(n.body)}</div>`,
  )}`;
}
