import { t } from '../../i18n/t';
import { SENTENCE_REGIMES } from '../../components/options';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/form/fields';
import { bindFields } from './bindFields';
import { EntryListEditor } from './EntryListEditor';
import { DEFAULT_CODE, type LegalCaseDraft, type Regime } from './legalCaseDraft';

interface Props {
  legal: LegalCaseDraft;
  index: number;
  update: (change: (draft: LegalCaseDraft) => LegalCaseDraft) => void;
  onRemove: () => void;
}

/** The form of one legal case: articles, charges, court, dates, sentence, fines, note. */
export function LegalCaseForm({ legal, index: i, update, onRemove }: Props) {
  const prefix = `legalCases.${i}`;
  const bind = bindFields(legal, prefix, update);
  const regimeOptions = [
    { value: '' as const, label: t('legal.regimeUnknown') },
    ...SENTENCE_REGIMES.map((r) => ({ value: r, label: t(`regime.${r}`) })),
  ];
  return (
    <fieldset className="legal-case-form">
      <legend>{t('legal.case', { index: i + 1 })}</legend>
      <fieldset className="sub-fieldset">
        <legend>{t('legal.articles')}</legend>
        <EntryListEditor
          items={legal.articles}
          setItems={(change) => update((x) => ({ ...x, articles: change(x.articles) }))}
          keyOf={(_, j) => j}
          pathPrefix={`${prefix}.articles`}
          compact
          removeLabel={(j) => t('legal.removeArticle', { index: j + 1 })}
          addLabel={t('legal.addArticle')}
          newItem={() => ({ code: DEFAULT_CODE, article: '', part: '' })}
          fields={(_, __, field) => (
            <>
              <TextField
                label={t('legal.code')}
                maxLength={40}
                placeholder={DEFAULT_CODE}
                className="narrow"
                {...field('code')}
              />
              <TextField
                label={t('legal.article')}
                maxLength={8}
                inputMode="decimal"
                className="narrow"
                {...field('article')}
              />
              <TextField
                label={t('legal.part')}
                maxLength={2}
                inputMode="numeric"
                className="narrow"
                {...field('part')}
              />
            </>
          )}
        />
      </fieldset>
      <div className="form-grid">
        <TextAreaField
          label={t('legal.charges')}
          hint={t('legal.chargesHint')}
          className="span-2"
          rows={3}
          {...bind('charges')}
        />
        <TextField label={t('legal.court')} className="span-2" maxLength={500} {...bind('court')} />
        <DateField label={t('legal.arrestDate')} {...bind('arrestDate')} />
        <DateField label={t('legal.verdictDate')} {...bind('verdictDate')} />
      </div>
      <fieldset className="sub-fieldset">
        <legend>{t('legal.sentence')}</legend>
        <div className="entry-row compact">
          <TextField
            label={t('legal.years')}
            maxLength={3}
            inputMode="numeric"
            className="narrow"
            {...bind('years', `${prefix}.sentence.months`)}
          />
          <TextField
            label={t('legal.months')}
            maxLength={3}
            inputMode="numeric"
            className="narrow"
            {...bind('months', `${prefix}.sentence.monthsPart`)}
          />
          <SelectField<Regime | ''>
            label={t('legal.regime')}
            options={regimeOptions}
            {...bind('regime', `${prefix}.sentence.regime`)}
          />
        </div>
        <TextField
          label={t('legal.sentenceText')}
          maxLength={1000}
          {...bind('sentenceText', `${prefix}.sentence.text`)}
        />
      </fieldset>
      <fieldset className="sub-fieldset">
        <legend>{t('legal.fines')}</legend>
        <EntryListEditor
          items={legal.fines}
          setItems={(change) => update((x) => ({ ...x, fines: change(x.fines) }))}
          keyOf={(_, j) => j}
          pathPrefix={`${prefix}.fines`}
          compact
          removeLabel={(j) => t('legal.removeFine', { index: j + 1 })}
          addLabel={t('legal.addFine')}
          newItem={() => ({ amount: '', currency: 'BYN', text: '' })}
          fields={(_, __, field) => (
            <>
              <TextField
                label={t('legal.fineAmount')}
                inputMode="decimal"
                className="narrow"
                {...field('amount')}
              />
              <TextField
                label={t('legal.fineCurrency')}
                maxLength={10}
                className="narrow"
                {...field('currency')}
              />
              <TextField
                label={t('legal.fineText')}
                maxLength={500}
                className="grow"
                {...field('text')}
              />
            </>
          )}
        />
      </fieldset>
      <TextAreaField label={t('legal.note')} rows={2} maxLength={5000} {...bind('note')} />
      <button
        type="button"
        className="small danger"
        aria-label={t('legal.remove', { index: i + 1 })}
        onClick={onRemove}
      >
        {t('legal.remove', { index: i + 1 })}
      </button>
    </fieldset>
  );
}
