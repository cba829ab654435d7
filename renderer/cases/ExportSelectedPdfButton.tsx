import { useState } from 'react';
import { t } from '../i18n/t';
import { ExportSelectedPdfDialog } from './ExportSelectedPdfDialog';

/** The case list's bulk action: the dossiers of the selected case files as PDF. */
export function ExportSelectedPdfButton({ caseIds }: { caseIds: readonly string[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('dossier.exportSelected')}
      </button>
      {open ? <ExportSelectedPdfDialog caseIds={caseIds} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
