import { useArchiveCounts } from '../db';
import { t } from '../i18n/t';
import type { Route } from '../router/parseRoute';
import { href } from '../router/navigation';
import { StorageStatus } from './StorageStatus';
import { ActorStatus } from './ActorStatus';
import { useStartupSettled } from './useStartupSettled';

type Section = 'cases' | 'sources' | 'tags' | null;

function sectionOf(route: Route): Section {
  switch (route.name) {
    case 'cases':
    case 'case':
      return 'cases';
    case 'sources':
    case 'source':
      return 'sources';
    case 'tags':
      return 'tags';
    default:
      return null;
  }
}

export function NavSidebar({ route, persisted }: { route: Route; persisted: boolean | null }) {
  const counts = useArchiveCounts(useStartupSettled());
  const current = sectionOf(route);
  const item = (
    section: Exclude<Section, null>,
    link: string,
    label: string,
    count: number | undefined,
  ) => (
    <li>
      <a href={link} aria-current={current === section ? 'page' : undefined}>
        <span>{label}</span>
        {count !== undefined ? (
          <span className="nav-count" aria-hidden="true">
            {count}
          </span>
        ) : null}
      </a>
    </li>
  );
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {item('cases', href.cases(), t('nav.cases'), counts?.cases)}
        {item('sources', href.sources(), t('nav.sources'), counts?.sources)}
        {item('tags', href.tags(), t('nav.tags'), counts?.tags)}
      </ul>
      <div className="nav-foot">
        <ActorStatus />
        <StorageStatus persisted={persisted} counts={counts} />
      </div>
    </nav>
  );
}
