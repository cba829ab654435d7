import type { Archive } from '../../../renderer/db/archiveTypes.js';
import { exportOffThread } from '../../../renderer/bundles/bundleWorkerClient.js';
import type { ExportFigures } from './benchPageApi.js';
import { pageProgress, throttled } from './pageProgress.js';

/**
 * Exports the whole archive as the app's Export bundle dialog does (renderer/bundles
 * exportOffThread: exportBundle run in the bundle worker, which opens the archive's database
 * itself and reads, serializes, compresses and hashes there), unencrypted; the bytes are what
 * the save dialog would write. The page's main thread is left free, so export.cpu_ms (the
 * page's main thread) is no longer the export's cost: the worker's time is in export.ms.
 */
export async function exportArchive(archive: Archive): Promise<ExportFigures> {
  const report = throttled<string>(5000, pageProgress);
  const started = performance.now();
  const exported = await exportOffThread(
    archive.name,
    { scope: 'archive', caseIds: [], colleague: null, passphrase: null },
    { app: 'Kartoteka', version: 'bench' },
    (p) => report(`export: ${p.step}${'phase' in p ? ` ${p.phase} ${p.done}` : ''}`),
  );
  const ms = performance.now() - started;
  return {
    ms,
    bytes: exported.bytes.length,
    revisions: exported.record.revisions,
    texts: exported.record.texts,
  };
}
