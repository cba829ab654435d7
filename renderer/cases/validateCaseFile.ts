import type { z } from '../../shared/model/zod.js';
import { CaseFile } from '../../shared/model/index.js';
import type { FieldErrors } from '../components/form/FieldErrors';
import { t } from '../i18n/t';

type Issue = z.core.$ZodIssue;

/** The model's messages, said the way the interface says things. */
function friendly(issue: Issue): string {
  if (issue.message === 'must be YYYY, YYYY-MM or YYYY-MM-DD') return t('common.invalidDate');
  if (issue.message === 'is not a real calendar date') return t('common.notRealDate');
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) {
    return t('common.required');
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number') {
    return issue.path.at(-1) === 'amount' ? t('legal.badAmount') : t('legal.badNumber');
  }
  if (issue.code === 'too_small' && issue.origin === 'array' && issue.path.at(-1) === 'names') {
    return t('names.empty');
  }
  return issue.message;
}

/**
 * Checks a whole case file with the model's schema. Errors are keyed by path, the first
 * message per path kept.
 */
export function validateCaseFile(
  candidate: CaseFile,
): { ok: true; value: CaseFile } | { ok: false; errors: FieldErrors } {
  const result = CaseFile.safeParse(candidate);
  if (result.success) return { ok: true, value: result.data };
  const errors = new Map<string, string>();
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!errors.has(path)) errors.set(path, friendly(issue));
  }
  return { ok: false, errors };
}
