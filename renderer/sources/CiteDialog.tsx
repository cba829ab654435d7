import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import type { CaseFactField, CaseFile, Stored, TextSelector } from '../../shared/model/index.js';
import { LIST_FACT_FIELDS, displayNameOf, newId } from '../../shared/model/index.js';
import { useArchive, useCaseList } from '../db';
import { t } from '../i18n/t';
import { errorMessage } from '../app/errorMessage';
import { CASE_FACT_FIELDS } from '../components/options';
import { Dialog } from '../components/Dialog';
import { FormContext } from '../components/form/FormContext';
import type { FieldErrors } from '../components/form/FieldErrors';
import { NO_ERRORS } from '../components/form/FieldErrors';
import { TextAreaField } from '../components/form/fields';
import { entriesOf } from '../cases/entrySummary';
import { guessScript } from '../cases/guessScript';
import { validateCaseFile } from '../cases/validateCaseFile';
import { valueOf } from '../cases/sections/useSectionEditor';
import { matchesAllWords } from '../search/normalizeForMatch';
import { DRAFT_FIELD_OF, isCreatable, withNewEntry } from './newEntry';
import type { NewEntryDraft } from './newEntry';
import { NewEntryFields } from './NewEntryFields';
import { QuotePreview } from './QuotePreview';
import { LabelledControl } from '../components/form/LabelledControl';
import { FormActions } from '../components/form/FormActions';

const NEW = '__new__';
const NEW_LABEL: Record<
  string,
  'cite.newName' | 'cite.newStatus' | 'cite.newEvent' | 'cite.newAffiliation' | 'cite.newDetention'
> = {
  names: 'cite.newName',
  statusHistory: 'cite.newStatus',
  events: 'cite.newEvent',
  affiliations: 'cite.newAffiliation',
  detention: 'cite.newDetention',
};

function searchableNames(c: CaseFile): string {
  return c.names.map((n) => n.text).join(' ');
}

/**
 * Cite selection: pick the case file (type to filter), the fact, and for a list field the
 * entry, or start a new status, event, name, affiliation or place of detention right here.
 */
export function CiteDialog({
  sourceId,
  selector,
  onClose,
  onSaved,
}: {
  sourceId: string;
  selector: TextSelector;
  onClose: () => void;
  onSaved: (citationId: string, caseName: string) => void;
}) {
  const archive = useArchive();
  const cases = useCaseList({});
  const [filter, setFilter] = useState('');
  const [caseId, setCaseId] = useState('');
  const [field, setField] = useState<CaseFactField>('statusHistory');
  const [entry, setEntry] = useState('');
  // A new name or event usually is the selected words; other entries start empty.
  const quoteAsText = (f: CaseFactField) =>
    (f === 'names' || f === 'events') && selector.exact.length <= 300 ? selector.exact.trim() : '';
  const [draft, setDraft] = useState<NewEntryDraft>(() => ({
    status: 'released',
    date: '',
    to: '',
    text: quoteAsText('statusHistory'),
    role: '',
    script: guessScript(selector.exact),
  }));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const shown = useMemo(
    () =>
      (cases ?? []).filter((c) => !filter.trim() || matchesAllWords(searchableNames(c), filter)),
    [cases, filter],
  );
  // With one match left, that is the one meant.
  const chosen: Stored<CaseFile> | undefined =
    cases?.find((c) => c.id === caseId) ?? (shown.length === 1 ? shown[0] : undefined);
  const isList = LIST_FACT_FIELDS.has(field);
  const entries =
    chosen && isList
      ? entriesOf(chosen, field as Exclude<CaseFactField, 'birthDate' | 'gender' | 'occupation'>)
      : [];
  const creatable = isCreatable(field);
  const effectiveEntry = isList && entries.length === 0 && creatable ? NEW : entry;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = new Map<string, string>();
    if (!chosen) found.set('case', t('cite.chooseCase'));
    if (isList && !effectiveEntry) found.set('entry', t('cite.chooseAnEntry'));
    if (found.size > 0 || !chosen) {
      setErrors(found);
      return;
    }
    setBusy(true);
    setSaveError(null);
    try {
      let entryId: string | null = isList ? effectiveEntry : null;
      if (effectiveEntry === NEW && isCreatable(field)) {
        const id = newId();
        const current = valueOf(chosen);
        const checked = validateCaseFile(withNewEntry(current, field, draft, id));
        if (!checked.ok) {
          setErrors(newEntryErrors(checked.errors, field, current));
          setBusy(false);
          return;
        }
        await archive.caseFiles.update(chosen.id, (c) => withNewEntry(c, field, draft, id));
        entryId = id;
      }
      const citationId = await archive.citations.create({
        caseId: chosen.id,
        fact: { field, entryId },
        sourceId,
        selector,
        note: note.trim(),
      });
      onSaved(citationId, displayNameOf(chosen));
    } catch (error) {
      setSaveError(t('common.saveFailed', { reason: errorMessage(error) }));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('cite.title')} onClose={onClose} size="wide">
      <FormContext.Provider value={{ formId: 'cite', errors }}>
        <form
          className="form cite-form"
          onSubmit={submit}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              e.currentTarget.requestSubmit();
            }
          }}
          noValidate
        >
          <QuotePreview label={t('cite.quote')} quote={selector.exact} />
          {cases && cases.length === 0 ? (
            <p className="error-text" role="alert">
              {t('cite.noCasesYet')}
            </p>
          ) : null}
          <div className="cite-columns">
            <div className="cite-case">
              <LabelledControl className="field" label={t('cite.filterCases')}>
                {(id) => (
                  <>
                    <input
                      id={id}
                      type="search"
                      value={filter}
                      autoFocus
                      onChange={(e) => setFilter(e.target.value)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') {
                          e.preventDefault();
                          if (shown[0]) setCaseId(shown[0].id);
                        }
                      }}
                    />
                  </>
                )}
              </LabelledControl>
              <LabelledControl className="field" label={t('cite.caseFile')}>
                {(id) => (
                  <>
                    <select
                      id={id}
                      size={8}
                      value={chosen?.id ?? ''}
                      onChange={(e) => {
                        setCaseId(e.target.value);
                        setEntry('');
                      }}
                      aria-invalid={errors.has('case') ? true : undefined}
                      aria-describedby={errors.has('case') ? 'cite-case-error' : undefined}
                    >
                      {shown.map((c) => (
                        <option key={c.id} value={c.id}>
                          {displayNameOf(c)}
                        </option>
                      ))}
                    </select>
                  </>
                )}
              </LabelledControl>
              {shown.length === 0 && cases && cases.length > 0 ? (
                <p className="muted">{t('cite.noCases')}</p>
              ) : null}
              {errors.has('case') ? (
                <p id="cite-case-error" className="error-text">
                  {errors.get('case')}
                </p>
              ) : null}
            </div>
            <div className="cite-fact">
              <LabelledControl className="field" label={t('cite.fact')}>
                {(id) => (
                  <>
                    <select
                      id={id}
                      value={field}
                      onChange={(e) => {
                        const next = e.target.value as CaseFactField;
                        setField(next);
                        setEntry('');
                        setDraft((d) => ({ ...d, text: quoteAsText(next) }));
                      }}
                    >
                      {CASE_FACT_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {t(`fact.${f}`)}
                        </option>
                      ))}
                    </select>
                  </>
                )}
              </LabelledControl>
              {isList ? (
                <LabelledControl className="field" label={t('cite.entry')}>
                  {(id) => (
                    <>
                      <select
                        id={id}
                        value={effectiveEntry}
                        onChange={(e) => setEntry(e.target.value)}
                        aria-invalid={errors.has('entry') ? true : undefined}
                        aria-describedby={errors.has('entry') ? 'cite-entry-error' : undefined}
                      >
                        <option value="">{t('cite.chooseEntry')}</option>
                        {entries.map((x) => (
                          <option key={x.id} value={x.id}>
                            {x.label}
                          </option>
                        ))}
                        {creatable ? (
                          <option value={NEW}>{t(NEW_LABEL[field] ?? 'cite.newEvent')}</option>
                        ) : null}
                      </select>
                    </>
                  )}
                </LabelledControl>
              ) : null}
              {errors.has('entry') ? (
                <p id="cite-entry-error" className="error-text">
                  {errors.get('entry')}
                </p>
              ) : null}
              {chosen && isList && entries.length === 0 && creatable ? (
                <p className="muted">{t('cite.noEntries')}</p>
              ) : null}
              {effectiveEntry === NEW && isCreatable(field) ? (
                <NewEntryFields field={field} draft={draft} onChange={setDraft} />
              ) : null}
              <TextAreaField
                label={t('cite.note')}
                path="note"
                rows={2}
                maxLength={5000}
                value={note}
                onChange={setNote}
              />
            </div>
          </div>
          {saveError ? (
            <p className="error-text" role="alert">
              {saveError}
            </p>
          ) : null}
          {errors.size > 0 ? (
            <p className="error-text" role="alert">
              {t('common.fixErrors', { count: errors.size })} {[...errors.values()].join(' ')}
            </p>
          ) : null}
          <FormActions
            submitLabel={t('cite.save')}
            onCancel={onClose}
            busy={busy}
            hint={t('cite.shortcut')}
          />
        </form>
      </FormContext.Provider>
    </Dialog>
  );
}

/** The schema's messages about the new entry, keyed by the dialog's own field paths. */
function newEntryErrors(
  errors: FieldErrors,
  field: keyof typeof DRAFT_FIELD_OF,
  current: CaseFile,
): FieldErrors {
  const prefix = `${field}.${current[field].length}.`;
  const mapped = new Map<string, string>();
  for (const [path, message] of errors) {
    const sub = path.startsWith(prefix)
      ? DRAFT_FIELD_OF[field][path.slice(prefix.length)]
      : undefined;
    mapped.set(sub ? `new.${sub}` : path, message);
  }
  return mapped;
}
