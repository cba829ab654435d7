import type { Archive } from '../../../renderer/db/archiveTypes.js';
import { encryptOffThread } from '../../../renderer/bundles/bundleWorkerClient.js';
import { exportBundle } from '../../../renderer/bundles/exportBundle.js';
import type { ExportFigures } from './benchPageApi.js';
import { pageProgress, throttled } from './pageProgress.js';

/**
 * Exports the whole archive with the app's own export (renderer/bundles exportBundle: the
 * revisions and texts read from IndexedDB, written by shared/bundle's writer), unencrypted;
 * the bytes are what the save dialog would write.
 */
export async function exportArchive(archive: Archive): Promise<ExportFigures> {
  const report = throttled<string>(5000, pageProgress);
  const started = performance.now();
  const exported = await exportBundle(
    archive,
    { scope: 'archive', caseIds: [], colleague: null, passphrase: null },
    {
      producer: { app: 'Kartoteka', version: 'bench' },
      encrypt: encryptOffThread,
      onProgress: (p) => report(`export: ${p.step}${'phase' in p ? ` ${p.phase} ${p.done}` : ''}`),
    },
  );
  const ms = performance.now() - started;
  return {
    ms,
    bytes: exported.bytes.length,
    revisions: exported.record.revisions,
    texts: exported.record.texts,
  };
}
