import { useState } from 'react';
import { useArchive } from '../db';
import { t } from '../i18n/t';
import { Dialog } from '../components/Dialog';
import { errorMessage } from '../app/errorMessage';
import { navigate } from '../router/navigation';

export function DeleteCaseButton({ caseId, name }: { caseId: string; name: string }) {
  const archive = useArchive();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      await archive.caseFiles.remove(caseId);
      setOpen(false);
      navigate({ name: 'cases', tagId: null });
    } catch (e) {
      setError(t('common.saveFailed', { reason: errorMessage(e) }));
    }
  };
  return (
    <>
      <button type="button" className="subtle" onClick={() => setOpen(true)}>
        {t('case.delete')}
      </button>
      {open ? (
        <Dialog
          title={t('case.deleteTitle')}
          onClose={() => setOpen(false)}
          actions={
            <>
              <button type="button" className="danger" onClick={() => void remove()}>
                {t('case.deleteConfirm')}
              </button>
              <button type="button" onClick={() => setOpen(false)} data-autofocus>
                {t('common.cancel')}
              </button>
            </>
          }
        >
          <p>{t('case.deleteBody', { name })}</p>
          {error ? (
            <p className="error-text" role="alert">
              {error}
            </p>
          ) : null}
        </Dialog>
      ) : null}
    </>
  );
}
