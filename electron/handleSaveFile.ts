import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import path from 'node:path';
import type { SaveKind } from '../shared/platform/desktopApi.js';
import { SAVE_FILTERS, suggestedSaveName } from './dialogFilters.js';
import type { HandlerResponse, ParsedRequest } from './parsedRequest.js';

export interface SaveFileDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  /** The folder the save dialog opens in (the user's documents folder). */
  defaultDirectory: string;
}

const TITLES: Readonly<Record<SaveKind, string>> = { bundle: 'Export bundle', pdf: 'Export PDF' };

/**
 * Asks the user where to save, then writes. Shared by `files:save` and `pdf:save`. The
 * path comes only from the dialog; the renderer's name is a suggestion shown in it.
 * Returns false when the user cancels.
 */
export async function saveWithDialog(
  kind: SaveKind,
  suggestedName: string,
  bytes: Uint8Array,
  deps: SaveFileDeps,
): Promise<boolean> {
  const result = await deps.showSaveDialog({
    title: TITLES[kind],
    defaultPath: path.join(deps.defaultDirectory, suggestedSaveName(suggestedName, kind)),
    filters: SAVE_FILTERS[kind],
    properties: ['showOverwriteConfirmation', 'createDirectory', 'dontAddToRecent'],
  });
  if (result.canceled || !result.filePath) return false;
  await deps.writeFile(result.filePath, bytes);
  return true;
}

/** `files:save`: a bundle (or other bytes the renderer made) to a file the user picks. */
export async function handleSaveFile(
  request: ParsedRequest<'saveFile'>,
  deps: SaveFileDeps,
): Promise<HandlerResponse<'saveFile'>> {
  return { saved: await saveWithDialog(request.kind, request.suggestedName, request.bytes, deps) };
}
