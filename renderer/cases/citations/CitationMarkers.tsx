import type { FactRef } from '../../../shared/model/index.js';
import { t } from '../../i18n/t';
import { href } from '../../router/navigation';
import { factKey } from './citationIndex';
import { useCitationIndex } from './CitationIndexContext';

/**
 * The numbered citation markers after a fact, like footnote numbers. Each opens the source
 * at the quoted passage; a marker whose quote needs review says so.
 */
export function CitationMarkers({ fact }: { fact: FactRef }) {
  const { byFact } = useCitationIndex();
  const numbered = byFact.get(factKey(fact));
  if (!numbered || numbered.length === 0) return null;
  return (
    <span className="cite-markers">
      {numbered.map(({ number, citation }) => {
        const review = citation.anchor.status === 'needs_review';
        return (
          <a
            key={citation.id}
            className={`cite-marker${review ? ' needs-review' : ''}`}
            href={href.source(citation.sourceId, citation.id)}
            aria-label={
              review
                ? `${t('case.citationMarker', { number })} (${t('common.needsReview')})`
                : t('case.citationMarker', { number })
            }
            title={`${citation.selector.exact}\n— ${citation.sourceTitle}${review ? `\n${t('common.needsReview')}` : ''}`}
          >
            {number}
          </a>
        );
      })}
    </span>
  );
}
