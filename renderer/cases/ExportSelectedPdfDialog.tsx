import { useState } from 'react';
import { displayNameOf } from '../../shared/model/index.js';
import { t } from '../i18n/t';
import { errorMessage } from '../app/errorMessage';
import { Dialog } from '../components/Dialog';
import { CaseDossierProbe } from '../dossier/CaseDossierProbe';
import { DossierOptionsFields } from '../dossier/DossierOptionsFields';
import { SourceTextProbe } from '../dossier/SourceTextProbe';
import { dossierFileName } from '../dossier/dossierFileName';
import { localDay } from '../dossier/localDay';
import { saveDossierPdf } from '../dossier/saveDossierPdf';
import { useDossierBatch } from '../dossier/useDossierBatch';
import { useDossierProfile } from '../dossier/useDossierProfile';

type Layout = 'combined' | 'perCase';

type State =
  | { step: 'choosing' }
  | { step: 'working'; done: number; total: number }
  | { step: 'done'; count: number }
  | { step: 'stopped'; done: number; total: number }
  | { step: 'failed'; reason: string };

/**
 * The dossiers of several case files: one combined PDF with a table of contents, or one PDF
 * per case file (one save each), with the remembered redaction profile.
 */
export function ExportSelectedPdfDialog({
  caseIds,
  onClose,
}: {
  caseIds: readonly string[];
  onClose: () => void;
}) {
  const batch = useDossierBatch(caseIds);
  const { profile, setProfile, remember } = useDossierProfile();
  const [layout, setLayout] = useState<Layout>('combined');
  const [state, setState] = useState<State>({ step: 'choosing' });
  const archiveName = t('app.name');

  const make = async () => {
    if (!profile) return;
    const chosen = batch.found;
    const day = localDay(new Date());
    const total = layout === 'combined' ? 1 : chosen.length;
    setState({ step: 'working', done: 0, total });
    try {
      // The redaction profile is a convenience: failing to remember it must not stop the dossier.
      await remember(profile).catch(() => undefined);
      if (layout === 'combined') {
        const html = await batch.render(chosen, profile, archiveName);
        const name = t('dossier.combinedName', { count: chosen.length });
        await saveDossierPdf(html, dossierFileName(name, day));
        setState({ step: 'done', count: 1 });
        return;
      }
      for (const [i, one] of chosen.entries()) {
        setState({ step: 'working', done: i, total });
        const html = await batch.render([one], profile, archiveName);
        const saved = await saveDossierPdf(html, dossierFileName(displayNameOf(one.caseFile), day));
        if (!saved) {
          setState({ step: 'stopped', done: i, total });
          return;
        }
      }
      setState({ step: 'done', count: total });
    } catch (error) {
      setState({ step: 'failed', reason: errorMessage(error) });
    }
  };

  const working = state.step === 'working';
  const loading = !batch.ready || !profile;
  return (
    <Dialog
      title={t('dossier.title')}
      description={t('dossier.batchDescription', { count: caseIds.length })}
      onClose={onClose}
      actions={
        <>
          <button
            type="button"
            className="primary"
            onClick={() => void make()}
            disabled={loading || working || batch.found.length === 0}
          >
            {t('dossier.make')}
          </button>
          <button type="button" onClick={onClose}>
            {state.step === 'done' ? t('common.close') : t('common.cancel')}
          </button>
        </>
      }
    >
      {caseIds.map((id) => (
        <CaseDossierProbe key={id} id={id} onLoaded={batch.onCaseLoaded} />
      ))}
      {batch.sourceIds.map((id) => (
        <SourceTextProbe key={id} id={id} onLoaded={batch.onSourceLoaded} />
      ))}
      <div className="form export-form">
        <fieldset>
          <legend>{t('dossier.layoutLegend')}</legend>
          <LayoutOption value="combined" chosen={layout} onChoose={setLayout} />
          <LayoutOption value="perCase" chosen={layout} onChoose={setLayout} />
        </fieldset>
        <DossierOptionsFields profile={profile} onChange={setProfile} />
        <p className="muted small-text">{t('dossier.fontsNote')}</p>
        <div role="status">
          {loading ? <p className="muted">{t('common.loading')}</p> : null}
          {state.step === 'working' ? <Progress done={state.done} total={state.total} /> : null}
          {state.step === 'done' ? <p>{t('dossier.made', { count: state.count })}</p> : null}
          {state.step === 'stopped' ? (
            <p>{t('dossier.stopped', { done: state.done, total: state.total })}</p>
          ) : null}
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

function LayoutOption({
  value,
  chosen,
  onChoose,
}: {
  value: Layout;
  chosen: Layout;
  onChoose: (layout: Layout) => void;
}) {
  return (
    <label className="radio-option">
      <input
        type="radio"
        name="dossier-layout"
        value={value}
        checked={chosen === value}
        onChange={() => onChoose(value)}
      />
      <span>
        {t(value === 'combined' ? 'dossier.layout.combined' : 'dossier.layout.perCase')}
        {value === 'perCase' ? (
          <small className="muted"> {t('dossier.layout.perCaseHint')}</small>
        ) : null}
      </span>
    </label>
  );
}

/** A single combined PDF has no steps to count; one per case file shows how far it is. */
function Progress({ done, total }: { done: number; total: number }) {
  const label = total > 1 ? t('dossier.making', { done: done + 1, total }) : t('case.exporting');
  return (
    <p className="progress">
      <span>{label}</span>{' '}
      {total > 1 ? (
        <progress aria-label={label} value={done} max={total} />
      ) : (
        <progress aria-label={label} />
      )}
    </p>
  );
}
