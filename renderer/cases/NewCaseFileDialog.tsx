import { useState } from 'react';
import type { FormEvent } from 'react';
import { NAME_SCRIPTS } from '../components/options';
import type { NameScript } from '../../shared/model/index.js';
import { useArchive } from '../db';
import { t } from '../i18n/t';
import { Dialog } from '../components/Dialog';
import { errorMessage } from '../app/errorMessage';
import { navigate } from '../router/navigation';
import { guessScript } from './guessScript';
import { LabelledControl } from '../components/form/LabelledControl';
import { FormActions, FormError } from '../components/form/FormActions';

/** Asks for one name and its script, creates the case file and opens it for editing. */
export function NewCaseFileDialog({ onClose }: { onClose: () => void }) {
  const archive = useArchive();
  const [name, setName] = useState('');
  const [script, setScript] = useState<NameScript>('latin');
  const [scriptTouched, setScriptTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = name.trim();
    if (!text) {
      setError(t('newCase.nameRequired'));
      return;
    }
    setBusy(true);
    try {
      const id = await archive.caseFiles.create({ names: [{ text, script, kind: 'primary' }] });
      onClose();
      navigate({ name: 'case', id, edit: 'names' });
    } catch (e) {
      setError(t('common.saveFailed', { reason: errorMessage(e) }));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('newCase.title')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <LabelledControl className="field" label={t('newCase.name')}>
          {(id) => (
            <>
              <input
                id={id}
                value={name}
                maxLength={300}
                autoFocus
                aria-invalid={error ? true : undefined}
                aria-describedby="new-case-name-hint"
                onChange={(e) => {
                  setName(e.target.value);
                  setError(null);
                  if (!scriptTouched) setScript(guessScript(e.target.value));
                }}
              />
              <small id="new-case-name-hint" className="muted">
                {t('newCase.nameHint')}
              </small>
            </>
          )}
        </LabelledControl>
        <LabelledControl className="field" label={t('newCase.script')}>
          {(id) => (
            <>
              <select
                id={id}
                value={script}
                onChange={(e) => {
                  setScript(e.target.value as NameScript);
                  setScriptTouched(true);
                }}
              >
                {NAME_SCRIPTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`script.${s}`)}
                  </option>
                ))}
              </select>
            </>
          )}
        </LabelledControl>
        <FormError error={error} />
        <FormActions submitLabel={t('newCase.create')} onCancel={onClose} busy={busy} />
      </form>
    </Dialog>
  );
}
