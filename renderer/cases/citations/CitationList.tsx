import { useState } from 'react';
import type { CaseFile } from '../../../shared/model/index.js';
import { useArchive } from '../../db';
import { t } from '../../i18n/t';
import { href } from '../../router/navigation';
import { errorMessage } from '../../app/errorMessage';
import { factLabel } from '../entrySummary';
import { useCitationIndex } from './CitationIndexContext';
import type { NumberedCitation } from './citationIndex';

const MAX_QUOTE = 280;

/** The case file's citations as numbered notes: fact, quote, source, and whether to review. */
export function CitationList({ caseFile, headingId }: { caseFile: CaseFile; headingId: string }) {
  const { ordered } = useCitationIndex();
  return (
    <>
      <h2 id={headingId}>{t('case.citationsTitle')}</h2>
      {ordered.length === 0 ? (
        <p className="muted">{t('case.noCitations')}</p>
      ) : (
        <ol className="citation-list">
          {ordered.map((n) => (
            <CitationItem key={n.citation.id} numbered={n} caseFile={caseFile} />
          ))}
        </ol>
      )}
    </>
  );
}

function CitationItem({ numbered, caseFile }: { numbered: NumberedCitation; caseFile: CaseFile }) {
  const archive = useArchive();
  const { number, citation } = numbered;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const review = citation.anchor.status === 'needs_review';
  const quote = citation.selector.exact;
  return (
    <li className={`citation-item${review ? ' needs-review' : ''}`} id={`citation-${citation.id}`}>
      <span className="cite-number" aria-hidden="true">
        {number}
      </span>
      <div className="citation-body">
        <p className="cite-fact">{factLabel(caseFile, citation.fact)}</p>
        <a className="cite-quote" href={href.source(citation.sourceId, citation.id)} title={quote}>
          “{quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote}”
        </a>
        <p className="cite-source muted">{t('case.citedFrom', { source: citation.sourceTitle })}</p>
        {review ? (
          <p className="review-note">
            <span className="badge badge-review">{t('common.needsReview')}</span>{' '}
            {t('common.needsReviewHint')}
          </p>
        ) : citation.sourceTextChanged ? (
          <p className="muted small-text">{t('common.textChanged')}</p>
        ) : null}
        {citation.note ? <p className="cite-note">{citation.note}</p> : null}
        <div className="citation-actions">
          {confirming ? (
            <>
              <button
                type="button"
                className="small danger"
                onClick={() =>
                  archive.citations
                    .remove(citation.id)
                    .catch((e: unknown) => setError(errorMessage(e)))
                }
              >
                {t('case.removeCitation', { number })}
              </button>
              <button type="button" className="small" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="small subtle"
              aria-label={t('case.removeCitation', { number })}
              onClick={() => setConfirming(true)}
            >
              {t('common.remove')}
            </button>
          )}
        </div>
        {error ? (
          <p className="error-text" role="alert">
            {t('common.saveFailed', { reason: error })}
          </p>
        ) : null}
      </div>
    </li>
  );
}
