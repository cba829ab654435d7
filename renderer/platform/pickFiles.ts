import { MAX_OPEN_BYTES } from '../../shared/platform/desktopApi';
import type { FilePurpose, PickedFile, SkippedFile } from '../../shared/platform/desktopApi';
import { FILE_ACCEPT } from './fileAccept';

/**
 * Opens the browser's file picker. Must be called from a user gesture (a click), before any
 * await, or the browser refuses to show the picker. Resolves with no files when cancelled.
 */
export function pickFiles(
  purpose: FilePurpose,
  multiple: boolean,
): Promise<{ files: PickedFile[]; skipped: SkippedFile[] }> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    if (FILE_ACCEPT[purpose]) input.accept = FILE_ACCEPT[purpose];
    input.hidden = true;
    const done = (): void => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve({ files: [], skipped: [] });
    });
    input.addEventListener('change', () => {
      const chosen = Array.from(input.files ?? []);
      done();
      // Like the desktop: a file over the limit is not read at all, and is reported.
      const limit = MAX_OPEN_BYTES[purpose];
      const skipped: SkippedFile[] = chosen
        .filter((f) => f.size > limit)
        .map((f) => ({ name: f.name, reason: 'tooLarge' }));
      Promise.all(chosen.filter((f) => f.size <= limit).map(read)).then(
        (files) => resolve({ files, skipped }),
        reject,
      );
    });
    document.body.append(input);
    input.click();
  });
}

async function read(file: File): Promise<PickedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
