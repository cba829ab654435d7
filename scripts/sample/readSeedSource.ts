import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importSourceFile } from '../../shared/sources/importSourceFile.js';
import type { SourceImportSuccess } from '../../shared/sources/sourceImportResult.js';

/**
 * Reads one seed article exactly as the app's *Add sources* reads an article file, so the
 * sample's texts, hashes, lengths and suggested metadata are the ones a researcher would get
 * by importing the same files: the exact UTF-8 text (only a byte order mark dropped), its
 * SHA-256 (WebCrypto) and its length in code points. A file the app would refuse stops the
 * build with the app's own message.
 */
export async function readSeedSource(filePath: string): Promise<SourceImportSuccess> {
  const bytes = new Uint8Array(await readFile(filePath));
  const result = await importSourceFile(path.basename(filePath), bytes);
  if (!result.ok) throw new Error(`cannot read seed ${filePath}: ${result.message}`);
  return result;
}
