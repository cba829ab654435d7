import type { LegalCase } from '../../../shared/model/index.js';
import { formatPartialDate } from '../../../shared/model/index.js';
import { t } from '../../i18n/t';
import { CitationMarkers } from '../citations/CitationMarkers';
import { articleLabel, sentenceLabel } from '../entrySummary';

/** One legal case as the case file shows it; empty fields are left out. */
export function LegalCaseView({ legal, index }: { legal: LegalCase; index: number }) {
  const row = (label: string, value: string | null | undefined) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;
  return (
    <article className="legal-case">
      <h3>
        {t('legal.case', { index: index + 1 })}
        {legal.articles.length > 0 ? (
          <span className="articles">{legal.articles.map(articleLabel).join(', ')}</span>
        ) : null}
        <CitationMarkers fact={{ field: 'legalCases', entryId: legal.id }} />
      </h3>
      <dl className="fact-list">
        {legal.charges.length > 0 ? (
          <>
            <dt>{t('legal.charges')}</dt>
            <dd>
              <ul className="plain-list">
                {legal.charges.map((charge, i) => (
                  <li key={i}>{charge}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {row(t('legal.court'), legal.court)}
        {row(t('legal.arrestDate'), legal.arrestDate && formatPartialDate(legal.arrestDate))}
        {row(t('legal.verdictDate'), legal.verdictDate && formatPartialDate(legal.verdictDate))}
        {row(t('legal.sentence'), legal.sentence && sentenceLabel(legal.sentence))}
        {row(
          t('legal.fines'),
          legal.fines
            .map((f) =>
              [f.amount !== null ? `${f.amount} ${f.currency}`.trim() : '', f.text]
                .filter(Boolean)
                .join(' — '),
            )
            .join('; '),
        )}
        {row(t('legal.note'), legal.note)}
      </dl>
    </article>
  );
}
