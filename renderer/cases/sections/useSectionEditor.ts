import { useCallback, useState } from 'react';
import type { CaseFile, Stored } from '../../../shared/model/index.js';
import { useArchive } from '../../db';
import type { FieldErrors } from '../../components/form/FieldErrors';
import { NO_ERRORS } from '../../components/form/FieldErrors';
import { t } from '../../i18n/t';
import { errorMessage } from '../../app/errorMessage';
import { validateCaseFile } from '../validateCaseFile';

export interface SectionEditor<D> {
  draft: D | null;
  setDraft: (update: (draft: D) => D) => void;
  start: () => void;
  cancel: () => void;
  /** Validates, then saves; resolves true when saved. */
  save: () => Promise<boolean>;
  errors: FieldErrors;
  saveError: string | null;
  saving: boolean;
}

export function valueOf(caseFile: Stored<CaseFile>): CaseFile {
  const { meta: _meta, ...value } = caseFile;
  return value;
}

/**
 * Edit → Save/Cancel for one section of a case file. The draft is the section's own shape;
 * `apply` writes it into a case file. Saving applies the draft to the record as it is in
 * the database at that moment, so a section never overwrites another section's change made
 * meanwhile (in another window, or by an imported bundle).
 */
export function useSectionEditor<D>(
  caseFile: Stored<CaseFile>,
  toDraft: (c: CaseFile) => D,
  apply: (c: CaseFile, draft: D) => CaseFile,
): SectionEditor<D> {
  const archive = useArchive();
  const [draft, setDraftState] = useState<D | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const start = useCallback(() => {
    setDraftState(toDraft(valueOf(caseFile)));
    setErrors(NO_ERRORS);
    setSaveError(null);
  }, [caseFile, toDraft]);

  const cancel = useCallback(() => {
    setDraftState(null);
    setErrors(NO_ERRORS);
    setSaveError(null);
  }, []);

  const setDraft = useCallback((update: (d: D) => D) => {
    setDraftState((d) => (d === null ? d : update(d)));
  }, []);

  const save = useCallback(async () => {
    if (draft === null) return false;
    const checked = validateCaseFile(apply(valueOf(caseFile), draft));
    if (!checked.ok) {
      setErrors(checked.errors);
      return false;
    }
    setSaving(true);
    setSaveError(null);
    try {
      await archive.caseFiles.update(caseFile.id, (current) => apply(current, draft));
      setDraftState(null);
      setErrors(NO_ERRORS);
      return true;
    } catch (error) {
      setSaveError(t('common.saveFailed', { reason: errorMessage(error) }));
      return false;
    } finally {
      setSaving(false);
    }
  }, [archive, caseFile, draft, apply]);

  return { draft, setDraft, start, cancel, save, errors, saveError, saving };
}
