import type { FileFilter } from 'electron';
import type { FilePurpose, SaveKind } from '../shared/platform/desktopApi.js';

/**
 * The file types each dialog offers. The renderer says only what a dialog is for; the
 * main process alone decides what may be picked, so a compromised page cannot widen it.
 */
export const OPEN_FILTERS: Readonly<Record<FilePurpose, FileFilter[]>> = {
  sources: [
    {
      name: 'Articles (text, Markdown, HTML)',
      extensions: ['txt', 'md', 'markdown', 'html', 'htm'],
    },
  ],
  // .age is an encrypted bundle (any of the others, encrypted with a passphrase).
  bundle: [{ name: 'Kartoteka bundles', extensions: ['kartoteka', 'zip', 'age'] }],
};

export const SAVE_FILTERS: Readonly<Record<SaveKind, FileFilter[]>> = {
  bundle: [{ name: 'Kartoteka bundle', extensions: ['kartoteka', 'zip', 'age'] }],
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
};

/**
 * The name offered in a save dialog, with an extension of the right kind: a page asking
 * to save a "PDF" as `notes.desktop` or `.bashrc` gets `notes.desktop.pdf`. The name has
 * already been checked to be a plain file name (no separators) by the channel's schema.
 */
export function suggestedSaveName(suggestedName: string, kind: SaveKind): string {
  const lower = suggestedName.toLowerCase();
  const filters = SAVE_FILTERS[kind];
  const allowed = filters.flatMap((filter) => filter.extensions);
  const hasAllowed = allowed.some(
    (ext) => lower.endsWith(`.${ext}`) && lower.length > ext.length + 1,
  );
  return hasAllowed ? suggestedName : `${suggestedName}.${allowed[0] ?? kind}`;
}
