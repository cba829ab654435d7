import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useArchive, useArchiveIsEmpty } from '../db';
import { t } from '../i18n/t';
import { AppCommandsContext } from './appCommands';
import type { AppCommands } from './appCommands';
import { AppHeader } from './AppHeader';
import { NavSidebar } from './NavSidebar';
import { RouteView } from './RouteView';
import { ErrorBoundary } from './ErrorBoundary';
import { useRoute } from '../router/useRoute';
import { hrefFor } from '../router/parseRoute';
import { useBundleDialogs } from '../bundles/useBundleDialogs';

// Loaded when first opened: the source import reads HTML and text files (htmlparser2).
const AddSourcesDialog = lazy(() =>
  import('../sources/AddSourcesDialog').then((m) => ({ default: m.AddSourcesDialog })),
);
const NewCaseFileDialog = lazy(() =>
  import('../cases/NewCaseFileDialog').then((m) => ({ default: m.NewCaseFileDialog })),
);

type OpenDialog = 'none' | 'newCase' | 'addSources';

/** The frame of every screen: header, navigation, the routed main pane and the dialogs. */
export function AppShell() {
  const archive = useArchive();
  const route = useRoute();
  const [dialog, setDialog] = useState<OpenDialog>('none');
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const empty = useArchiveIsEmpty();
  const bundles = useBundleDialogs();
  // The first-run screen offers "Add sources" and "Import bundle" itself; the header leaves
  // them out there, so each accessible name belongs to one button on the screen.
  const firstRun = route.name === 'home' && empty === true;

  // Ask once for persistent storage, so the browser does not evict the archive under
  // storage pressure. Electron's storage is persistent anyway.
  useEffect(() => {
    archive.storage.persist().then(setPersisted, () => setPersisted(false));
  }, [archive]);

  const commands = useMemo<AppCommands>(
    () => ({
      newCaseFile: () => setDialog('newCase'),
      addSources: () => setDialog('addSources'),
      importBundle: bundles.importBundle,
      exportBundle: bundles.exportBundle,
    }),
    [bundles.importBundle, bundles.exportBundle],
  );

  const close = () => setDialog('none');
  return (
    <AppCommandsContext.Provider value={commands}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="shell">
        <AppHeader route={route} firstRun={firstRun} />
        <NavSidebar route={route} persisted={persisted} />
        <main id="main" className="main" tabIndex={-1}>
          <ErrorBoundary key={hrefFor(route).split('?')[0]}>
            <RouteView route={route} />
          </ErrorBoundary>
        </main>
      </div>
      <Suspense fallback={null}>
        {dialog === 'newCase' ? <NewCaseFileDialog onClose={close} /> : null}
        {dialog === 'addSources' ? <AddSourcesDialog onClose={close} /> : null}
      </Suspense>
      {bundles.dialogs}
    </AppCommandsContext.Provider>
  );
}
