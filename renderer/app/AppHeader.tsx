import { t } from '../i18n/t';
import type { Route } from '../router/parseRoute';
import { href } from '../router/navigation';
import { useAppCommands } from './appCommands';
import { SearchBox } from './SearchBox';

export function AppHeader({ route, firstRun }: { route: Route; firstRun: boolean }) {
  const commands = useAppCommands();
  return (
    <header className="header">
      <a className="app-name" href={href.cases()}>
        {t('app.name')}
      </a>
      <SearchBox route={route} />
      <div className="header-actions" role="group" aria-label={t('header.actions')}>
        <button type="button" className="primary" onClick={commands.newCaseFile}>
          {t('header.newCase')}
        </button>
        {firstRun ? null : (
          <>
            <button type="button" onClick={commands.addSources}>
              {t('header.addSources')}
            </button>
            <button type="button" onClick={commands.importBundle}>
              {t('header.importBundle')}
            </button>
            <button type="button" onClick={() => commands.exportBundle()}>
              {t('header.exportBundle')}
            </button>
          </>
        )}
      </div>
    </header>
  );
}
