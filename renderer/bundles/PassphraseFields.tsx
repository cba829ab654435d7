import { useId } from 'react';
import { t } from '../i18n/t';

/** Short passphrases fall to guessing; below this the dialog says so (it does not refuse). */
const ADVISED_LENGTH = 12;

/** Encryption of an export: the choice, the passphrase twice, and what losing it means. */
export function PassphraseFields({
  encrypt,
  passphrase,
  repeat,
  onEncrypt,
  onPassphrase,
  onRepeat,
}: {
  encrypt: boolean;
  passphrase: string;
  repeat: string;
  onEncrypt: (on: boolean) => void;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
}) {
  const passId = useId();
  const repeatId = useId();
  const warningId = useId();
  const mismatch = repeat !== '' && repeat !== passphrase;
  return (
    <fieldset className="export-encryption">
      <legend>{t('bundle.export.encryptionLegend')}</legend>
      <label className="checkbox-field">
        <input type="checkbox" checked={encrypt} onChange={(e) => onEncrypt(e.target.checked)} />
        {t('bundle.export.encrypt')}
      </label>
      {encrypt ? (
        <>
          <p id={warningId} className="warning-text" role="note">
            {t('bundle.export.passphraseWarning')}
          </p>
          <div className="form-grid">
            <div className="field">
              <label htmlFor={passId} className="field-label">
                {t('bundle.export.passphrase')}
              </label>
              <input
                id={passId}
                type="password"
                autoComplete="new-password"
                value={passphrase}
                aria-describedby={warningId}
                onChange={(e) => onPassphrase(e.target.value)}
              />
              {passphrase !== '' && [...passphrase].length < ADVISED_LENGTH ? (
                <small className="muted">{t('bundle.export.passphraseShort')}</small>
              ) : null}
            </div>
            <div className={mismatch ? 'field has-error' : 'field'}>
              <label htmlFor={repeatId} className="field-label">
                {t('bundle.export.repeatPassphrase')}
              </label>
              <input
                id={repeatId}
                type="password"
                autoComplete="new-password"
                value={repeat}
                aria-invalid={mismatch ? true : undefined}
                onChange={(e) => onRepeat(e.target.value)}
              />
              {mismatch ? (
                <small className="error-text">{t('bundle.export.passphrasesDiffer')}</small>
              ) : null}
            </div>
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
