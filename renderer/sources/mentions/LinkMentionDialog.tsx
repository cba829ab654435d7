import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import type { CaseNames } from '../../db';
import { useCaseNames } from '../../db';
import { errorMessage } from '../../app/errorMessage';
import { Dialog } from '../../components/Dialog';
import { CheckboxField } from '../../components/form/fields';
import { LabelledControl } from '../../components/form/LabelledControl';
import { t } from '../../i18n/t';
import { matchesAllWords } from '../../search/normalizeForMatch';
import { QuotePreview } from '../QuotePreview';
import { FormActions, FormError } from '../../components/form/FormActions';

/** Case files listed at once; more are reached by typing (10,000 options would be a long list). */
const SHOWN = 200;
// Names come in Latin and Cyrillic; a base-sensitivity collator sorts "Łosik" beside "Losik".
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Link an unknown name to a case file: pick the case file (type to filter), keep the spelling
 * among its names or not, and save; the passage is cited for that case file.
 */
export function LinkMentionDialog({
  name,
  quote,
  onClose,
  onLink,
}: {
  name: string;
  quote: string;
  onClose: () => void;
  onLink: (caseFile: CaseNames, addName: boolean) => Promise<void>;
}) {
  // Read only while the dialog is open: every case file's names are a large read.
  const cases = useCaseNames();
  const [filter, setFilter] = useState('');
  const [caseId, setCaseId] = useState('');
  const [addName, setAddName] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const sorted = useMemo(
    () => [...(cases ?? [])].sort((a, b) => collator.compare(a.displayName, b.displayName)),
    [cases],
  );
  const matching = useMemo(
    () =>
      filter.trim()
        ? sorted.filter((c) => matchesAllWords(c.names.map((n) => n.text).join(' '), filter))
        : sorted,
    [sorted, filter],
  );
  const shown = matching.slice(0, SHOWN);
  // With one match left, that is the one meant.
  const chosen = sorted.find((c) => c.id === caseId) ?? (shown.length === 1 ? shown[0] : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setError(t('mentions.chooseCase'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onLink(chosen, addName);
    } catch (e) {
      setError(t('common.saveFailed', { reason: errorMessage(e) }));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('mentions.linkTitle', { name })} onClose={onClose} size="wide">
      <form className="form" onSubmit={submit} noValidate>
        <QuotePreview label={t('mentions.quote')} quote={quote} />
        <LabelledControl label={t('mentions.filterCases')}>
          {(id) => (
            <input
              id={id}
              type="search"
              value={filter}
              data-autofocus
              onChange={(e) => {
                setFilter(e.target.value);
                setError(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  if (shown[0]) setCaseId(shown[0].id);
                }
              }}
            />
          )}
        </LabelledControl>
        <LabelledControl label={t('mentions.caseFile')}>
          {(id) => (
            <select
              id={id}
              size={8}
              value={chosen?.id ?? ''}
              onChange={(e) => {
                setCaseId(e.target.value);
                setError(null);
              }}
              aria-invalid={error && !chosen ? true : undefined}
            >
              {shown.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.displayName}
                </option>
              ))}
            </select>
          )}
        </LabelledControl>
        {cases && matching.length === 0 ? <p className="muted">{t('mentions.noCases')}</p> : null}
        {matching.length > SHOWN ? (
          <p className="muted">{t('mentions.moreCases', { count: matching.length - SHOWN })}</p>
        ) : null}
        <CheckboxField
          label={t('mentions.addName', { name })}
          checked={addName}
          onChange={setAddName}
        />
        <FormError error={error} />
        <FormActions submitLabel={t('mentions.linkSave')} onCancel={onClose} busy={busy} />
      </form>
    </Dialog>
  );
}
