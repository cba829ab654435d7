import { useState } from 'react';
import type { CaseFile, Stored } from '../../shared/model/index.js';
import { displayNameOf } from '../../shared/model/index.js';
import { dossierPrintSettingsFromHtml } from '../../shared/dossier/index.js';
import { t } from '../i18n/t';
import { errorMessage } from '../app/errorMessage';
import { platform } from '../platform/platform';
import { Dialog } from '../components/Dialog';
import { CheckboxField } from '../components/form/fields';
import { SourceTextProbe } from '../dossier/SourceTextProbe';
import { dossierFileName } from '../dossier/dossierFileName';
import { useDossierData } from '../dossier/useDossierHtml';

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
  const [confidential, setConfidential] = useState(false);
  const [omitPrivateNotes, setOmitPrivateNotes] = useState(true);
  const [state, setState] = useState<State>({ step: 'choosing' });

  const make = async () => {
    setState({ step: 'working' });
    try {
      const html = await render({ confidential, omitPrivateNotes }, t('app.name'));
      const day = new Date().toISOString().slice(0, 10);
      // The running header and footer (archive, date of issue, page N of M, the confidential
      // marking) come from the same templates the command line prints with.
      const settings = dossierPrintSettingsFromHtml(html);
      await platform.savePdf({
        html,
        suggestedName: dossierFileName(displayNameOf(caseFile), day),
        ...(settings
          ? {
              pageFrame: {
                headerTemplate: settings.headerTemplate,
                footerTemplate: settings.footerTemplate,
                marginMm: settings.marginMm,
              },
            }
          : {}),
      });
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
            disabled={!ready || state.step === 'working'}
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
        <CheckboxField
          label={t('dossier.confidential')}
          checked={confidential}
          onChange={setConfidential}
        />
        <CheckboxField
          label={t('dossier.omitPrivate')}
          checked={omitPrivateNotes}
          onChange={setOmitPrivateNotes}
        />
        <p className="muted small-text">{t('dossier.fontsNote')}</p>
        <div role="status">
          {!ready ? <p className="muted">{t('common.loading')}</p> : null}
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
