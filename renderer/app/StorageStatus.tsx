import { useEffect, useState } from 'react';
import { type ArchiveCounts, useArchive } from '../db';
import { t } from '../i18n/t';
import { formatBytes } from './formatBytes';

/** How much the archive takes on disk, refreshed whenever the archive's counts change. */
export function StorageStatus({
  persisted,
  counts,
}: {
  persisted: boolean | null;
  counts: ArchiveCounts | undefined;
}) {
  const archive = useArchive();
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);

  useEffect(() => {
    let live = true;
    archive.storage.estimate().then(
      (e) => {
        if (live) setEstimate(e);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [archive, counts?.cases, counts?.sources, counts?.tags]);

  return (
    <div className="storage-status">
      {estimate ? (
        <p>
          {estimate.quota > 0
            ? t('footer.storageOf', {
                used: formatBytes(estimate.usage),
                quota: formatBytes(estimate.quota),
              })
            : t('footer.storage', { used: formatBytes(estimate.usage) })}
        </p>
      ) : null}
      {persisted !== null ? (
        <p className={persisted ? 'muted' : 'warning-text'}>
          {persisted ? t('footer.persisted') : t('footer.notPersisted')}
        </p>
      ) : null}
    </div>
  );
}
