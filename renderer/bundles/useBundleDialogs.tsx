import { lazy, Suspense, useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import { platform } from '../platform/platform';
import type { PickedBundle } from './ImportBundleDialog';

// Loaded when first opened, not at start-up: with them comes the bundle code (fflate, age).
const ImportBundleDialog = lazy(() =>
  import('./ImportBundleDialog').then((m) => ({ default: m.ImportBundleDialog })),
);
const ExportBundleDialog = lazy(() =>
  import('./ExportBundleDialog').then((m) => ({ default: m.ExportBundleDialog })),
);

type Open =
  | { kind: 'none' }
  | { kind: 'import'; picked: Promise<PickedBundle> }
  | { kind: 'export'; caseIds: readonly string[] };

export interface BundleDialogs {
  /** Opens the file dialog at once (it must start in the click), then the import dialog. */
  importBundle: () => void;
  /** The export dialog; with case ids, preset to those case files. */
  exportBundle: (caseIds?: readonly string[]) => void;
  /** The open dialog, to render once in the app shell. */
  dialogs: ReactNode;
}

/** Import and export of bundles as app commands, for the header, first run and case list. */
export function useBundleDialogs(): BundleDialogs {
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const close = useCallback(() => setOpen({ kind: 'none' }), []);

  const importBundle = useCallback(() => {
    // The browser shows a file picker only from within the click, before any await.
    const picked = platform.openFiles({ purpose: 'bundle', multiple: false });
    setOpen({ kind: 'import', picked });
  }, []);

  const exportBundle = useCallback((caseIds: readonly string[] = []) => {
    setOpen({ kind: 'export', caseIds });
  }, []);

  const dialogs =
    open.kind === 'import' ? (
      <Suspense fallback={null}>
        <ImportBundleDialog picked={open.picked} onClose={close} />
      </Suspense>
    ) : open.kind === 'export' ? (
      <Suspense fallback={null}>
        <ExportBundleDialog initialCaseIds={open.caseIds} onClose={close} />
      </Suspense>
    ) : null;
  return { importBundle, exportBundle, dialogs };
}
