import { useState } from 'react';
import type { CaseFile, Stored } from '../../shared/model/index.js';
import { displayNameOf } from '../../shared/model/index.js';
import { t } from '../i18n/t';
import { errorMessage } from '../app/errorMessage';
import { Dialog } from '../components/Dialog';
import { SourceTextProbe } from '../dossier/SourceTextProbe';
import { dossierFileName } from '../dossier/dossierFileName';
import { useDossierData } from '../dossier/useDossierHtml';
import { DossierOptionsFields } from '../dossier/DossierOptionsFields';
import { saveDossierPdf } from '../dossier/saveDossierPdf';
import { useDossierProfile } from '../dossier/useDossierProfile';
import { localDay } from '../dossier/localDay';

/** Export PDF: the dossier of the case file shown, with the two choices a hand-out needs. */
export function ExportPdfButton({ caseFile }: { caseFile: Stored<CaseFile> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('case.exportPdf')}
      </button>
      {open ? <ExportPdfDialog caseFile={caseFile} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

type State =
  | { step: 'choosing' }
  | { step: 'working' }
  | { step: 'done' }
  | { step: 'failed'; reason: string };

function ExportPdfDialog({
  caseFile,
  onClose,
}: {
  caseFile: Stored<CaseFile>;
  onClose: () => void;
}) {
  const { sourceIds, onSourceLoaded, ready, render } = useDossierData(caseFile);
  const { profile, setProfile, remember } = useDossierProfile();
  const [state, setState] = useState<State>({ step: 'choosing' });

  const make = async () => {
    if (!profile) return;
    setState({ step: 'working' });
    try {
      // The redaction profile is a convenience: failing to remember it must not stop the dossier.
      await remember(profile).catch(() => undefined);
      const html = await render(profile, t('app.name'));
      const day = localDay(new Date());
      await saveDossierPdf(html, dossierFileName(displayNameOf(caseFile), day));
      setState({ step: 'done' });
    } catch (error) {
      setState({ step: 'failed', reason: errorMessage(error) });
    }
  };

  return (
    <Dialog
      title={t('dossier.title')}
      description={t('dossier.description', { name: displayNameOf(caseFile) })}
      onClose={onClose}
      actions={
        <>
          <button
            type="button"
            className="primary"
            onClick={() => void make()}
            disabled={!ready || !profile || state.step === 'working'}
          >
            {t('dossier.make')}
          </button>
          <button type="button" onClick={onClose}>
            {state.step === 'done' ? t('common.close') : t('common.cancel')}
          </button>
        </>
      }
    >
      {sourceIds.map((id) => (
        <SourceTextProbe key={id} id={id} onLoaded={onSourceLoaded} />
      ))}
      <div className="form">
        <DossierOptionsFields profile={profile} onChange={setProfile} />
        <p className="muted small-text">{t('dossier.fontsNote')}</p>
        <div role="status">
          {!ready || !profile ? <p className="muted">{t('common.loading')}</p> : null}
          {state.step === 'working' ? (
            <p className="progress">
              <span>{t('case.exporting')}</span> <progress aria-label={t('case.exporting')} />
            </p>
          ) : null}
          {state.step === 'done' ? <p>{t('case.exported')}</p> : null}
        </div>
        {state.step === 'failed' ? (
          <p className="error-text" role="alert">
            {t('case.exportFailed', { reason: state.reason })}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
