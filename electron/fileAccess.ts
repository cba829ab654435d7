import { constants } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

/** The outcome of reading a file the user picked. */
export type CappedRead =
  | { ok: true; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; reason: 'tooLarge' | 'notAFile' | 'unreadable' };

/**
 * Reads a whole file, but never more than `maxBytes`. The size is checked on the open
 * handle (no swap between check and read), only regular files are read (a FIFO or
 * /dev/zero behind a symlink would otherwise hang or fill memory), and the read stops at
 * the limit even if the file grows while it is read.
 */
export async function readFileCapped(filePath: string, maxBytes: number): Promise<CappedRead> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    handle = await open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: 'notAFile' };
    if (info.size > maxBytes) return { ok: false, reason: 'tooLarge' };
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // One more byte means the file grew after stat: what we hold is not the whole file,
    // and what it has become may be over the limit.
    const { bytesRead: extra } = await handle.read(new Uint8Array(1), 0, 1, filled);
    if (extra > 0) {
      return { ok: false, reason: filled + extra > maxBytes ? 'tooLarge' : 'unreadable' };
    }
    return { ok: true, bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    await handle.close();
  }
}

/**
 * Writes `bytes` to `filePath` so that the file is either the old one or the complete new
 * one, never a truncated mix: the data goes to a fresh temporary file in the same folder
 * (same file system, so the rename is atomic), is flushed to disk, then renamed over.
 */
export async function writeFileAtomically(filePath: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(filePath);
  const temp = path.join(dir, `.${path.basename(filePath)}.${randomUUID()}.part`);
  // 'wx': fail rather than follow a planted symlink or reuse an existing file.
  const handle = await open(temp, 'wx');
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, filePath);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
