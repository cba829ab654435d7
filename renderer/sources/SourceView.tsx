import { useEffect, useMemo, useRef, useState } from 'react';
import type { TextSelector } from '../../shared/model/index.js';
import { selectorFromRange } from '../../shared/anchoring/anchorSelector';
import { useAnnotationsForSource, useArchive, useCitationsForSource, useSource } from '../db';
import { t } from '../i18n/t';
import { href, replaceRoute } from '../router/navigation';
import { Loading } from '../components/Loading';
import type { HighlightRange } from './buildSegments';
import { CiteDialog } from './CiteDialog';
import { HighlightDialog } from './HighlightDialog';
import { HighlightedText } from './HighlightedText';
import { SourceMetadataSection } from './SourceMetadataSection';
import { ConflictPanel } from '../bundles/ConflictPanel';
import { HistorySection } from '../bundles/HistorySection';
import { SourceSidePanel } from './SourceSidePanel';
import { MentionsPanel } from './mentions/MentionsPanel';
import { SourceToolbar } from './SourceToolbar';
import { useTextSelection } from './useTextSelection';
import { SEARCH_MATCH_ID, searchMatchMarks } from '../search/matchRange';

type Pending = { kind: 'cite' | 'highlight'; selector: TextSelector } | null;

/**
 * A source: its details, its exact text with every citation and highlight marked, and the
 * tools to cite or highlight a selected passage. Arriving with ?cite=ID (or ?note=ID)
 * scrolls to that passage, marks it as current and focuses it; so does ?at=START-END, the
 * passage a search result matched.
 */
export function SourceView({
  id,
  citationId,
  annotationId,
  match = null,
  matchTerms = [],
}: {
  id: string;
  citationId: string | null;
  annotationId: string | null;
  match?: string | null;
  /** The words the search result matched (?hl=…), marked wherever they occur. */
  matchTerms?: readonly string[];
}) {
  const archive = useArchive();
  const data = useSource(id);
  const citations = useCitationsForSource(id);
  const annotations = useAnnotationsForSource(id);
  const textRef = useRef<HTMLDivElement>(null);
  const { selection, clear } = useTextSelection(textRef);
  const [pending, setPending] = useState<Pending>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const text = data?.text;
  // By value: the route gives a new array on every render.
  const termsKey = JSON.stringify(matchTerms);
  const matchMarks = useMemo(
    () =>
      text === undefined ? [] : searchMatchMarks(text, match, JSON.parse(termsKey) as string[]),
    [match, termsKey, text],
  );
  const found = matchMarks.some((m) => m.id === SEARCH_MATCH_ID);
  const activeId = citationId ?? annotationId ?? (found ? SEARCH_MATCH_ID : null);

  const ranges = useMemo<HighlightRange[]>(() => {
    const out: HighlightRange[] = [];
    for (const m of matchMarks) out.push({ ...m, kind: 'match' });
    for (const c of citations ?? []) {
      if (c.anchor.status === 'anchored')
        out.push({ id: c.id, kind: 'citation', start16: c.anchor.start16, end16: c.anchor.end16 });
    }
    for (const a of annotations ?? []) {
      if (a.anchor.status === 'anchored')
        out.push({
          id: a.id,
          kind: 'annotation',
          start16: a.anchor.start16,
          end16: a.anchor.end16,
        });
    }
    return out;
  }, [citations, annotations, matchMarks]);

  const labels = useMemo(() => {
    const map = new Map<string, string>();
    for (const c of citations ?? [])
      map.set(
        c.id,
        t('source.markCitation', { what: `${c.caseName} (${t(`fact.${c.fact.field}`)})` }),
      );
    for (const a of annotations ?? [])
      map.set(a.id, t('source.markAnnotation', { note: a.note || '…' }));
    return map;
  }, [citations, annotations]);

  const rangesReady = citations !== undefined && annotations !== undefined;
  useEffect(() => {
    if (!activeId || text === undefined || !rangesReady) return;
    const mark = textRef.current?.querySelector<HTMLElement>('[data-active-start]');
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
    document.querySelector('.source-side .side-item.active')?.scrollIntoView({ block: 'nearest' });
  }, [activeId, text, rangesReady]);

  if (data === undefined) return <Loading />;
  if (data === null) {
    return (
      <div className="panel">
        <p>{t('source.notFound')}</p>
        <a href={href.sources()}>{t('source.backToList')}</a>
      </div>
    );
  }
  const { source } = data;
  const activeCitation = citations?.find((c) => c.id === activeId);
  const activeAnnotation = annotations?.find((a) => a.id === activeId);
  const lostQuote =
    activeCitation?.anchor.status === 'needs_review'
      ? activeCitation.selector.exact
      : activeAnnotation?.anchor.status === 'needs_review'
        ? activeAnnotation.selector.exact
        : null;

  const begin = (kind: 'cite' | 'highlight') => {
    if (!selection) return;
    setNotice(null);
    setPending({
      kind,
      selector: selectorFromRange(data.text, selection.start16, selection.end16),
    });
  };
  const show = (itemId: string, kind: 'citation' | 'annotation') =>
    replaceRoute({
      name: 'source',
      id,
      citationId: kind === 'citation' ? itemId : null,
      annotationId: kind === 'annotation' ? itemId : null,
    });

  return (
    <div className="source-view">
      <div className="source-main">
        <header className="source-header">
          <h1>{source.title || t('sources.untitled')}</h1>
        </header>
        <SourceMetadataSection source={source} textLength={source.length} />
        <ConflictPanel entity="source" record={source} intro={t('bundle.conflict.sourceIntro')} />
        {lostQuote !== null ? (
          <p className="review-banner" role="alert">
            <span className="badge badge-review">{t('common.needsReview')}</span>{' '}
            {t('source.passageNotFound', { quote: lostQuote })}
          </p>
        ) : null}
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        <section className="source-text-section" aria-label={t('source.text')}>
          <SourceToolbar
            text={data.text}
            selection={selection}
            textRef={textRef}
            onCite={() => begin('cite')}
            onHighlight={() => begin('highlight')}
          />
          <HighlightedText
            ref={textRef}
            text={data.text}
            ranges={ranges}
            activeId={activeId}
            labels={labels}
          />
        </section>
        <HistorySection entity="source" recordId={source.id} />
      </div>
      <SourceSidePanel
        citations={citations}
        annotations={annotations}
        activeId={activeId}
        onShow={show}
        mentions={
          <MentionsPanel sourceId={id} text={data.text} citations={citations} match={match} />
        }
      />
      {pending?.kind === 'cite' ? (
        <CiteDialog
          sourceId={id}
          selector={pending.selector}
          onClose={() => setPending(null)}
          onSaved={(newId, caseName) => {
            setPending(null);
            clear();
            document.getSelection()?.removeAllRanges();
            setNotice(t('cite.saved', { caseName }));
            show(newId, 'citation');
          }}
        />
      ) : null}
      {pending?.kind === 'highlight' ? (
        <HighlightDialog
          title={t('highlight.title')}
          quote={pending.selector.exact}
          initialNote=""
          onClose={() => setPending(null)}
          onSave={async (note) => {
            const newId = await archive.annotations.create({
              sourceId: id,
              selector: pending.selector,
              note,
            });
            setPending(null);
            clear();
            document.getSelection()?.removeAllRanges();
            show(newId, 'annotation');
          }}
        />
      ) : null}
    </div>
  );
}
