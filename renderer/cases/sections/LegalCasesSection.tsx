import type { CaseFile, LegalCase, Stored } from '../../../shared/model/index.js';
import { formatPartialDate } from '../../../shared/model/index.js';
import { t } from '../../i18n/t';
import { SENTENCE_REGIMES } from '../../components/options';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/form/fields';
import { CitationMarkers } from '../citations/CitationMarkers';
import { articleLabel, sentenceLabel } from '../entrySummary';
import { CaseSection } from './CaseSection';
import { removeAt, replaceAt } from './listDraft';
import { emptyLegalCase, fromLegalCaseDraft, toLegalCaseDraft } from './legalCaseDraft';
import type { LegalCaseDraft, Regime } from './legalCaseDraft';
import { useSectionEditor } from './useSectionEditor';

const toDraft = (c: CaseFile): LegalCaseDraft[] => c.legalCases.map(toLegalCaseDraft);
const apply = (c: CaseFile, d: LegalCaseDraft[]): CaseFile => ({
  ...c,
  legalCases: d.map(fromLegalCaseDraft),
});

const FIELD_LABELS: Record<string, () => string> = {
  articles: () => t('legal.articles'),
  charges: () => t('legal.charges'),
  court: () => t('legal.court'),
  arrestDate: () => t('legal.arrestDate'),
  verdictDate: () => t('legal.verdictDate'),
  sentence: () => t('legal.sentence'),
  fines: () => t('legal.fines'),
  note: () => t('legal.note'),
};

function describe(path: string): string {
  const [, index, field] = path.split('.');
  const head =
    index === undefined ? t('section.legalCases') : t('legal.case', { index: Number(index) + 1 });
  const label = field ? FIELD_LABELS[field]?.() : undefined;
  return label ? `${head} · ${label}` : head;
}

function LegalCaseView({ legal, index }: { legal: LegalCase; index: number }) {
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

export function LegalCasesSection({ caseFile }: { caseFile: Stored<CaseFile> }) {
  const editor = useSectionEditor(caseFile, toDraft, apply);
  const regimeOptions = [
    { value: '' as const, label: t('legal.regimeUnknown') },
    ...SENTENCE_REGIMES.map((r) => ({ value: r, label: t(`regime.${r}`) })),
  ];
  const edit = (i: number, change: (d: LegalCaseDraft) => LegalCaseDraft) =>
    editor.setDraft((x) => replaceAt(x, i, change));
  return (
    <CaseSection
      title={t('section.legalCases')}
      editor={editor}
      describe={describe}
      view={
        caseFile.legalCases.length === 0 ? (
          <p className="muted">{t('legal.empty')}</p>
        ) : (
          caseFile.legalCases.map((legal, i) => (
            <LegalCaseView key={legal.id} legal={legal} index={i} />
          ))
        )
      }
      form={(d) => (
        <>
          {d.map((legal, i) => (
            <fieldset key={legal.id} className="legal-case-form">
              <legend>{t('legal.case', { index: i + 1 })}</legend>
              <fieldset className="sub-fieldset">
                <legend>{t('legal.articles')}</legend>
                {legal.articles.map((a, j) => (
                  <div key={j} className="entry-row compact">
                    <TextField
                      label={t('legal.code')}
                      path={`legalCases.${i}.articles.${j}.code`}
                      value={a.code}
                      maxLength={40}
                      placeholder="BY-CC"
                      className="narrow"
                      onChange={(code) =>
                        edit(i, (x) => ({
                          ...x,
                          articles: replaceAt(x.articles, j, (y) => ({ ...y, code })),
                        }))
                      }
                    />
                    <TextField
                      label={t('legal.article')}
                      path={`legalCases.${i}.articles.${j}.article`}
                      value={a.article}
                      maxLength={8}
                      inputMode="decimal"
                      className="narrow"
                      onChange={(article) =>
                        edit(i, (x) => ({
                          ...x,
                          articles: replaceAt(x.articles, j, (y) => ({ ...y, article })),
                        }))
                      }
                    />
                    <TextField
                      label={t('legal.part')}
                      path={`legalCases.${i}.articles.${j}.part`}
                      value={a.part}
                      maxLength={2}
                      inputMode="numeric"
                      className="narrow"
                      onChange={(part) =>
                        edit(i, (x) => ({
                          ...x,
                          articles: replaceAt(x.articles, j, (y) => ({ ...y, part })),
                        }))
                      }
                    />
                    <button
                      type="button"
                      className="small remove-entry"
                      aria-label={t('legal.removeArticle', { index: j + 1 })}
                      onClick={() => edit(i, (x) => ({ ...x, articles: removeAt(x.articles, j) }))}
                    >
                      {t('common.remove')}
                    </button>
                  </div>
                ))}
                <button
                  type="button"
                  className="small"
                  onClick={() =>
                    edit(i, (x) => ({
                      ...x,
                      articles: [...x.articles, { code: 'BY-CC', article: '', part: '' }],
                    }))
                  }
                >
                  {t('legal.addArticle')}
                </button>
              </fieldset>
              <div className="form-grid">
                <TextAreaField
                  label={t('legal.charges')}
                  path={`legalCases.${i}.charges`}
                  hint={t('legal.chargesHint')}
                  className="span-2"
                  rows={3}
                  value={legal.charges}
                  onChange={(charges) => edit(i, (x) => ({ ...x, charges }))}
                />
                <TextField
                  label={t('legal.court')}
                  path={`legalCases.${i}.court`}
                  className="span-2"
                  value={legal.court}
                  maxLength={500}
                  onChange={(court) => edit(i, (x) => ({ ...x, court }))}
                />
                <DateField
                  label={t('legal.arrestDate')}
                  path={`legalCases.${i}.arrestDate`}
                  value={legal.arrestDate}
                  onChange={(arrestDate) => edit(i, (x) => ({ ...x, arrestDate }))}
                />
                <DateField
                  label={t('legal.verdictDate')}
                  path={`legalCases.${i}.verdictDate`}
                  value={legal.verdictDate}
                  onChange={(verdictDate) => edit(i, (x) => ({ ...x, verdictDate }))}
                />
              </div>
              <fieldset className="sub-fieldset">
                <legend>{t('legal.sentence')}</legend>
                <div className="entry-row compact">
                  <TextField
                    label={t('legal.years')}
                    path={`legalCases.${i}.sentence.months`}
                    value={legal.years}
                    maxLength={3}
                    inputMode="numeric"
                    className="narrow"
                    onChange={(years) => edit(i, (x) => ({ ...x, years }))}
                  />
                  <TextField
                    label={t('legal.months')}
                    path={`legalCases.${i}.sentence.monthsPart`}
                    value={legal.months}
                    maxLength={3}
                    inputMode="numeric"
                    className="narrow"
                    onChange={(months) => edit(i, (x) => ({ ...x, months }))}
                  />
                  <SelectField<Regime | ''>
                    label={t('legal.regime')}
                    path={`legalCases.${i}.sentence.regime`}
                    value={legal.regime}
                    options={regimeOptions}
                    onChange={(regime) => edit(i, (x) => ({ ...x, regime }))}
                  />
                </div>
                <TextField
                  label={t('legal.sentenceText')}
                  path={`legalCases.${i}.sentence.text`}
                  value={legal.sentenceText}
                  maxLength={1000}
                  onChange={(sentenceText) => edit(i, (x) => ({ ...x, sentenceText }))}
                />
              </fieldset>
              <fieldset className="sub-fieldset">
                <legend>{t('legal.fines')}</legend>
                {legal.fines.map((f, j) => (
                  <div key={j} className="entry-row compact">
                    <TextField
                      label={t('legal.fineAmount')}
                      path={`legalCases.${i}.fines.${j}.amount`}
                      value={f.amount}
                      inputMode="decimal"
                      className="narrow"
                      onChange={(amount) =>
                        edit(i, (x) => ({
                          ...x,
                          fines: replaceAt(x.fines, j, (y) => ({ ...y, amount })),
                        }))
                      }
                    />
                    <TextField
                      label={t('legal.fineCurrency')}
                      path={`legalCases.${i}.fines.${j}.currency`}
                      value={f.currency}
                      maxLength={10}
                      className="narrow"
                      onChange={(currency) =>
                        edit(i, (x) => ({
                          ...x,
                          fines: replaceAt(x.fines, j, (y) => ({ ...y, currency })),
                        }))
                      }
                    />
                    <TextField
                      label={t('legal.fineText')}
                      path={`legalCases.${i}.fines.${j}.text`}
                      value={f.text}
                      maxLength={500}
                      className="grow"
                      onChange={(text) =>
                        edit(i, (x) => ({
                          ...x,
                          fines: replaceAt(x.fines, j, (y) => ({ ...y, text })),
                        }))
                      }
                    />
                    <button
                      type="button"
                      className="small remove-entry"
                      aria-label={t('legal.removeFine', { index: j + 1 })}
                      onClick={() => edit(i, (x) => ({ ...x, fines: removeAt(x.fines, j) }))}
                    >
                      {t('common.remove')}
                    </button>
                  </div>
                ))}
                <button
                  type="button"
                  className="small"
                  onClick={() =>
                    edit(i, (x) => ({
                      ...x,
                      fines: [...x.fines, { amount: '', currency: 'BYN', text: '' }],
                    }))
                  }
                >
                  {t('legal.addFine')}
                </button>
              </fieldset>
              <TextAreaField
                label={t('legal.note')}
                path={`legalCases.${i}.note`}
                rows={2}
                maxLength={5000}
                value={legal.note}
                onChange={(note) => edit(i, (x) => ({ ...x, note }))}
              />
              <button
                type="button"
                className="small danger"
                aria-label={t('legal.remove', { index: i + 1 })}
                onClick={() => editor.setDraft((x) => removeAt(x, i))}
              >
                {t('legal.remove', { index: i + 1 })}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="small"
            onClick={() => editor.setDraft((x) => [...x, emptyLegalCase()])}
          >
            {t('legal.add')}
          </button>
        </>
      )}
    />
  );
}
