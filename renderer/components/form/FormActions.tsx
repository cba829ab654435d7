import { t } from '../../i18n/t';

interface Props {
  submitLabel: string;
  onCancel: () => void;
  /** Saving: the submit button is disabled so a second press cannot write twice. */
  busy?: boolean;
  small?: boolean;
  /** A keyboard hint after the buttons (e.g. Ctrl+Enter saves). */
  hint?: string;
}

/** The buttons that end every form: submit first (Enter), then Cancel. */
export function FormActions({ submitLabel, onCancel, busy = false, small = false, hint }: Props) {
  const size = small ? ' small' : '';
  return (
    <div className="form-actions">
      <button type="submit" className={`primary${size}`} disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" className={small ? 'small' : undefined} onClick={onCancel}>
        {t('common.cancel')}
      </button>
      {hint ? <span className="muted hint">{hint}</span> : null}
    </div>
  );
}

/** A form's error after submit, announced to screen readers; nothing when there is none. */
export function FormError({ error, id }: { error: string | null | undefined; id?: string }) {
  return error ? (
    <p id={id} className="error-text" role="alert">
      {error}
    </p>
  ) : null;
}
