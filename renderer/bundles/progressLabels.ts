import type { ReadProgress } from '../../shared/bundle/readBundleOptions.js';
import { t } from '../i18n/t';
import type { ApplyProgress } from '../db';
import type { ExportProgress } from './exportBundle';
import type { PreparedImport } from './importBundle';

export interface ProgressShown {
  label: string;
  done?: number;
  total?: number | null;
}

/** What reading a bundle is doing, in words, with its amount when known. */
export function readProgressLabel(progress: ReadProgress | null): ProgressShown {
  if (progress === null) return { label: t('bundle.progress.opening') };
  switch (progress.phase) {
    case 'decrypting':
      // scrypt gives no progress: it is a busy bar.
      return { label: t('bundle.progress.decrypting') };
    case 'checking':
      return { label: t('bundle.progress.checking') };
    case 'revisions':
      return { label: t('bundle.progress.records'), done: progress.done, total: progress.total };
    case 'texts':
    case 'attachments':
      return { label: t('bundle.progress.texts'), done: progress.done, total: progress.total };
  }
}

/** What making a bundle is doing. */
export function exportProgressLabel(progress: ExportProgress): ProgressShown {
  switch (progress.step) {
    case 'reading':
      return { label: t('bundle.progress.reading') };
    case 'encrypting':
      return { label: t('bundle.progress.encrypting') };
    case 'writing':
      return progress.phase === 'texts' || progress.phase === 'attachments'
        ? { label: t('bundle.progress.writingTexts'), done: progress.done, total: progress.total }
        : progress.phase === 'revisions'
          ? {
              label: t('bundle.progress.writingRecords'),
              done: progress.done,
              total: progress.total,
            }
          : { label: t('bundle.progress.finishing') };
  }
}

/** What applying an import is doing: revisions stored, then records updated, of how many. */
export function applyProgressLabel(
  prepared: PreparedImport,
  progress: ApplyProgress | null,
): ProgressShown {
  if (progress === null)
    return { label: t('bundle.import.applying', { count: prepared.preview.newRevisions }) };
  const label =
    progress.phase === 'revisions'
      ? t('bundle.progress.storingRevisions')
      : t('bundle.progress.updatingRecords');
  return { label, done: progress.done, total: progress.total };
}
