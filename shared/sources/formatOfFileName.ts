import type { SourceFormat } from './sourceImportResult.js';

const BY_EXTENSION: ReadonlyMap<string, Exclude<SourceFormat, 'paste'>> = new Map([
  ['txt', 'txt'],
  ['text', 'txt'],
  ['md', 'md'],
  ['markdown', 'md'],
  ['mdown', 'md'],
  ['mkd', 'md'],
  ['html', 'html'],
  ['htm', 'html'],
  ['xhtml', 'html'],
]);

/** The extension of a file name, lowercased, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * How a file is read, by its extension; a file without one is read as plain text (the
 * content checks still refuse binary data). null: a kind of file Kartoteka does not import.
 */
export function formatOfFileName(fileName: string): Exclude<SourceFormat, 'paste'> | null {
  const ext = extensionOf(fileName);
  return ext === '' ? 'txt' : (BY_EXTENSION.get(ext) ?? null);
}
