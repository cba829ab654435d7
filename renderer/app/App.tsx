import { useEffect, useState } from 'react';
import { ArchiveProvider, openArchive } from '../db';
import type { Archive } from '../db';
import { t } from '../i18n/t';
import { AppShell } from './AppShell';
import { errorMessage } from './errorMessage';

type Boot =
  { state: 'opening' } | { state: 'open'; archive: Archive } | { state: 'failed'; reason: string };

/** Opens the archive once, then shows the app; an archive that cannot open says why. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ state: 'opening' });

  useEffect(() => {
    let cancelled = false;
    let opened: Archive | null = null;
    openArchive().then(
      (archive) => {
        opened = archive;
        if (cancelled) archive.close();
        else setBoot({ state: 'open', archive });
      },
      (error: unknown) => {
        if (!cancelled) setBoot({ state: 'failed', reason: errorMessage(error) });
      },
    );
    return () => {
      cancelled = true;
      opened?.close();
    };
  }, []);

  if (boot.state === 'opening') {
    return (
      <p className="boot-message" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (boot.state === 'failed') {
    return (
      <p className="boot-message boot-error" role="alert">
        {t('app.openFailed', { reason: boot.reason })}
      </p>
    );
  }
  return (
    <ArchiveProvider archive={boot.archive}>
      <AppShell />
    </ArchiveProvider>
  );
}
