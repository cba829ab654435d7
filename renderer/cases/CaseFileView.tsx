import { useEffect, useId, useMemo, useRef } from 'react';
import { currentStatusOf } from '../../shared/model/index.js';
import { useCase, useCitationsForCase, useTags } from '../db';
import { t } from '../i18n/t';
import { href, replaceRoute } from '../router/navigation';
import { Loading } from '../components/Loading';
import { StatusBadge } from '../components/StatusBadge';
import { TagChips } from '../components/TagChips';
import { formatTimestamp } from '../app/formatTimestamp';
import { CitationIndexContext } from './citations/CitationIndexContext';
import { CitationList } from './citations/CitationList';
import { numberCitations } from './citations/citationIndex';
import { namesForList } from './namesForList';
import { valueOf } from './sections/useSectionEditor';
import { NamesSection } from './sections/NamesSection';
import { IdentitySection } from './sections/IdentitySection';
import { AffiliationsSection } from './sections/AffiliationsSection';
import { TimelineSection } from './sections/TimelineSection';
import { LegalCasesSection } from './sections/LegalCasesSection';
import { DetentionSection } from './sections/DetentionSection';
import { TagsSection } from './sections/TagsSection';
import { NotesSection } from './sections/NotesSection';
import { DeleteCaseButton } from './DeleteCaseButton';
import { ExportPdfButton } from './ExportPdfButton';
import { ConflictPanel } from '../bundles/ConflictPanel';
import { HistorySection } from '../bundles/HistorySection';

/**
 * One prisoner's case file: every section, each fact with its numbered citations, and the
 * citations themselves beside it like footnotes.
 */
export function CaseFileView({ id, editSection }: { id: string; editSection: string | null }) {
  const caseFile = useCase(id);
  const citations = useCitationsForCase(id);
  const tags = useTags();
  const citationsHeading = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const index = useMemo(
    () => (caseFile ? numberCitations(valueOf(caseFile), citations ?? []) : null),
    [caseFile, citations],
  );
  const loaded = Boolean(caseFile);

  useEffect(() => {
    // A newly opened case file: focus its name so screen readers announce where they are.
    if (loaded && !editSection) heading.current?.focus();
  }, [loaded, id, editSection]);

  if (caseFile === undefined) return <Loading />;
  if (caseFile === null || index === null) {
    return (
      <div className="panel">
        <p>{t('case.notFound')}</p>
        <a href={href.cases()}>{t('case.backToList')}</a>
      </div>
    );
  }
  const names = namesForList(caseFile);
  const status = currentStatusOf(caseFile);
  const conflicts = caseFile.meta.conflicts.length;
  const clearEdit = () => replaceRoute({ name: 'case', id, edit: null });

  return (
    <CitationIndexContext.Provider value={index}>
      <div className="case-view">
        <div className="case-main">
          <header className="case-header">
            <div className="case-title">
              <h1 ref={heading} tabIndex={-1}>
                {names.display}
              </h1>
              {names.cyrillic.length > 0 ? (
                <p className="alt-names large">{names.cyrillic.join(' · ')}</p>
              ) : null}
              <div className="case-summary">
                <span className="visually-hidden">{t('case.currentStatus')}: </span>
                <StatusBadge status={status?.status ?? null} />
                <TagChips tagIds={caseFile.tagIds} tags={tags} />
              </div>
              <p className="muted small-text">
                {t('case.updated', {
                  date: formatTimestamp(caseFile.meta.updatedAt),
                  name: caseFile.meta.updatedBy.name,
                })}
              </p>
            </div>
            <div className="case-actions">
              <ExportPdfButton caseFile={caseFile} />
              <DeleteCaseButton caseId={id} name={names.display} />
            </div>
          </header>
          <ConflictPanel
            entity="case"
            record={caseFile}
            intro={t('case.conflicts', { count: conflicts })}
          />
          <NamesSection
            caseFile={caseFile}
            startEditing={editSection === 'names'}
            onStarted={clearEdit}
          />
          <IdentitySection caseFile={caseFile} />
          <TimelineSection caseFile={caseFile} />
          <LegalCasesSection caseFile={caseFile} />
          <DetentionSection caseFile={caseFile} />
          <AffiliationsSection caseFile={caseFile} />
          <TagsSection caseFile={caseFile} />
          <NotesSection caseId={id} />
          <HistorySection entity="case" recordId={id} />
        </div>
        <aside className="case-citations" aria-labelledby={citationsHeading}>
          <CitationList caseFile={caseFile} headingId={citationsHeading} />
        </aside>
      </div>
    </CitationIndexContext.Provider>
  );
}
