import { useEffect, useState } from 'react';
import { ArchiveProvider, openArchive } from '../db';
import type { Archive, UndoProgress } from '../db';
import { t } from '../i18n/t';
import { AppShell } from './AppShell';
import { errorMessage } from './errorMessage';

type Boot =
  | { state: 'opening'; undo: UndoProgress | null }
  | { state: 'open'; archive: Archive }
  | { state: 'failed'; reason: string };

/** Opens the archive once, then shows the app; an archive that cannot open says why. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ state: 'opening', undo: null });

  useEffect(() => {
    let cancelled = false;
    let opened: Archive | null = null;
    // An import the app stopped in the middle of is undone before the archive opens: on a
    // large archive that takes a while, so the window says so, with how far it has got.
    const onUndoImport = (undo: UndoProgress) => {
      if (!cancelled) setBoot((b) => (b.state === 'opening' ? { state: 'opening', undo } : b));
    };
    openArchive(undefined, { onUndoImport }).then(
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
    if (boot.undo) return <UndoingImport {...boot.undo} />;
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

function UndoingImport({ undone, total }: UndoProgress) {
  const label = t('app.undoingImport', { undone, total });
  return (
    <div className="boot-message" role="status">
      <p>{label}</p>
      <progress max={Math.max(total, 1)} value={undone} aria-label={label} />
    </div>
  );
}
