import { lazy, Suspense } from 'react';
import { useArchiveIsEmpty } from '../db';
import { t } from '../i18n/t';
import type { Route } from '../router/parseRoute';
import { href } from '../router/navigation';
import { CaseListView } from '../cases/CaseListView';
import { SearchResultsView } from '../search/SearchResultsView';
import { FirstRunView } from '../firstRun/FirstRunView';
import { Loading } from '../components/Loading';

/*
 * The screens a start can open on (the case list, search results, first run) load with the
 * app; the others when first shown, so that their code (Markdown, sanitising, annotation,
 * source import) is not parsed and run before the first screen.
 */
const CaseFileView = lazy(() =>
  import('../cases/CaseFileView').then((m) => ({ default: m.CaseFileView })),
);
const SourceListView = lazy(() =>
  import('../sources/SourceListView').then((m) => ({ default: m.SourceListView })),
);
const SourceView = lazy(() =>
  import('../sources/SourceView').then((m) => ({ default: m.SourceView })),
);
const TagsView = lazy(() => import('../tags/TagsView').then((m) => ({ default: m.TagsView })));

export function RouteView({ route }: { route: Route }) {
  return (
    <Suspense fallback={<Loading />}>
      <RouteScreen route={route} />
    </Suspense>
  );
}

function RouteScreen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <Home />;
    case 'cases':
      return <CaseListView key={route.tagId ?? ''} tagId={route.tagId} />;
    case 'case':
      return <CaseFileView id={route.id} editSection={route.edit} />;
    case 'sources':
      return <SourceListView />;
    case 'source':
      return (
        <SourceView
          id={route.id}
          citationId={route.citationId}
          annotationId={route.annotationId}
          match={route.match ?? null}
          matchTerms={route.matchTerms}
        />
      );
    case 'tags':
      return <TagsView />;
    case 'search':
      return (
        <SearchResultsView
          query={route.query}
          filters={route.filters}
          crossScript={route.crossScript}
        />
      );
    case 'notFound':
      return (
        <div className="panel">
          <p>{t('error.notFound')}</p>
          <a href={href.cases()}>{t('error.goHome')}</a>
        </div>
      );
  }
}

/** An empty archive starts with the three ways in; otherwise the case files. */
function Home() {
  const empty = useArchiveIsEmpty();
  if (empty === undefined) return <Loading />;
  if (empty) return <FirstRunView />;
  return <CaseListView tagId={null} />;
}
