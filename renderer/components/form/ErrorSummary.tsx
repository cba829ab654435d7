import { t } from '../../i18n/t';
import type { FieldErrors } from './FieldErrors';

/**
 * The list of problems at the top of a form after a failed save, read out at once
 * (role alert), so nobody has to hunt for the red field.
 */
export function ErrorSummary({
  errors,
  describe,
  saveError,
}: {
  errors: FieldErrors;
  describe: (path: string) => string;
  saveError: string | null;
}) {
  if (errors.size === 0 && !saveError) return null;
  return (
    <div className="error-summary" role="alert">
      {saveError ? <p>{saveError}</p> : null}
      {errors.size > 0 ? (
        <>
          <p>{t('common.fixErrors', { count: errors.size })}</p>
          <ul>
            {[...errors].map(([path, message]) => (
              <li key={path}>
                {describe(path)}: {message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
