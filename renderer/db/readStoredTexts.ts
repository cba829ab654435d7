import type { KartotekaDb } from './kartotekaDb.js';
import { getStoredTexts } from './getStoredTexts.js';
import type { StoredSourceText } from './storedSourceText.js';

/** Texts per read (one bulkGet: a get request per key, all sent at once). */
const PAGE = 250;
/**
 * Reads on their way while the caller works on the texts already read. IndexedDB does its
 * own work in Chromium's browser process: with reads waiting, it need not stand idle while
 * the writer serializes and compresses. Memory stays bounded to a few pages.
 */
const READS_AHEAD = 3;

/**
 * The texts with these hashes as stored (getStoredTexts), in the order given, each once;
 * hashes the archive lacks are skipped. For an export, which writes the bytes: decoding each
 * text and encoding it again was a fifth of the bundle worker's time exporting data set L.
 * Per-key gets rather than getAll over key ranges: in Chromium on a busy machine, reading
 * data set S's 5,000 texts took 0.8–1.1 s as gets (pages of 100–500, one to four on their
 * way) against 1.6–3.2 s as getAll pages of 100–2,000.
 */
export async function* readStoredTexts(
  db: KartotekaDb,
  hashes: readonly string[],
): AsyncGenerator<StoredSourceText> {
  const unique = [...new Set(hashes)];
  const reads: Array<Promise<Array<StoredSourceText | undefined>>> = [];
  let next = 0;
  const askMore = () => {
    while (reads.length < READS_AHEAD && next < unique.length) {
      reads.push(getStoredTexts(db, unique.slice(next, next + PAGE)));
      next += PAGE;
    }
  };
  askMore();
  try {
    while (reads.length > 0) {
      const found = await (reads.shift() as (typeof reads)[number]);
      askMore();
      for (const text of found) if (text) yield text;
    }
  } finally {
    // Left early (the export failed or was abandoned): reads still on their way are dropped.
    for (const read of reads) read.catch(() => undefined);
  }
}
