import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import path from 'node:path';
import {
  MAX_OPEN_BYTES,
  type PickedFile,
  type SkippedFile,
} from '../shared/platform/desktopApi.js';
import { OPEN_FILTERS } from './dialogFilters.js';
import type { CappedRead } from './fileAccess.js';
import type { HandlerResponse, ParsedRequest } from './parsedRequest.js';

export interface OpenFilesDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  readFileCapped(filePath: string, maxBytes: number): Promise<CappedRead>;
}

const TITLES = { sources: 'Add sources', bundle: 'Import bundle' } as const;

/**
 * `files:open`: the user picks files in a dialog the main process opens, and the renderer
 * receives their names and bytes, never their paths. A file over the purpose's size limit,
 * or one that is not a regular file or cannot be read, is not sent; it is listed in
 * `skipped` with the reason so the renderer can tell the user.
 */
export async function handleOpenFiles(
  request: ParsedRequest<'openFiles'>,
  deps: OpenFilesDeps,
): Promise<HandlerResponse<'openFiles'>> {
  const result = await deps.showOpenDialog({
    title: TITLES[request.purpose],
    filters: OPEN_FILTERS[request.purpose],
    // dontAddToRecent: evidence files should not show up in the OS's recent documents.
    properties: request.multiple
      ? ['openFile', 'multiSelections', 'dontAddToRecent']
      : ['openFile', 'dontAddToRecent'],
  });
  if (result.canceled) return { files: [], skipped: [] };

  const chosen = request.multiple ? result.filePaths : result.filePaths.slice(0, 1);
  const files: PickedFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const filePath of chosen) {
    const name = path.basename(filePath);
    const read = await deps.readFileCapped(filePath, MAX_OPEN_BYTES[request.purpose]);
    if (read.ok) files.push({ name, bytes: read.bytes });
    else skipped.push({ name, reason: read.reason });
  }
  return { files, skipped };
}
