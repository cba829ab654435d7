import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { t } from '../i18n/t';
import { FormActions } from '../components/form/FormActions';

/** Asks the passphrase of an encrypted bundle; after a wrong one, says so and asks again. */
export function PassphraseForm({
  fileName,
  wrong,
  onSubmit,
  onCancel,
}: {
  fileName: string;
  wrong: boolean;
  onSubmit: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [empty, setEmpty] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const errorId = useId();
  // Each time the form is shown (again, after a wrong passphrase), the field takes focus.
  useEffect(() => input.current?.focus(), [wrong]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '') {
      setEmpty(true);
      return;
    }
    onSubmit(passphrase);
  };
  const error = empty ? t('bundle.passphrase.empty') : wrong ? t('bundle.passphrase.wrong') : '';
  return (
    <form onSubmit={submit} className="passphrase-form">
      <p>{t('bundle.passphrase.encrypted', { file: fileName })}</p>
      <div className={error ? 'field has-error' : 'field'}>
        <label htmlFor={id} className="field-label">
          {t('bundle.passphrase.label')}
        </label>
        <input
          ref={input}
          id={id}
          type="password"
          autoComplete="off"
          value={passphrase}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            setPassphrase(e.target.value);
            setEmpty(false);
          }}
        />
        {error ? (
          <p id={errorId} className="error-text" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <FormActions submitLabel={t('bundle.passphrase.open')} onCancel={onCancel} />
    </form>
  );
}
