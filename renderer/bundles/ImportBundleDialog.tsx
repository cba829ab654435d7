import { Dialog } from '../components/Dialog';
import { t } from '../i18n/t';
import type { BundleErrorCode } from '../../shared/bundle/bundleError.js';
import type { MessageKey } from '../i18n/t';
import { BundleProgressView } from './BundleProgressView';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportSummaryView } from './ImportSummaryView';
import { PassphraseForm } from './PassphraseForm';
import { applyProgressLabel, readProgressLabel } from './progressLabels';
import type { PickedBundle } from './useImportFlow';
import { useImportFlow } from './useImportFlow';
import './bundles.css';

export type { PickedBundle };

const ADVICE = {
  'not-a-bundle': 'bundle.import.advice.notABundle',
  damaged: 'bundle.import.advice.damaged',
  'hash-mismatch': 'bundle.import.advice.damaged',
  'newer-version': 'bundle.import.advice.newer',
} as const satisfies Partial<Record<BundleErrorCode, MessageKey>>;
type AdviceKey = (typeof ADVICE)[keyof typeof ADVICE] | 'bundle.import.advice.other';

/**
 * Import bundle: passphrase if needed, a check of the whole file, a preview of what would
 * change, then Apply (all or nothing) and a summary. Until Apply, nothing is written.
 */
export function ImportBundleDialog({
  picked,
  onClose,
}: {
  picked: Promise<PickedBundle>;
  onClose: () => void;
}) {
  const flow = useImportFlow(picked, onClose);
  const { state } = flow;
  if (state.step === 'picking') return null;
  // The apply transaction runs to its end either way; the dialog stays to report it.
  const close = state.step === 'applying' ? () => undefined : onClose;
  const title = t('bundle.import.title');
  const chooseAnother = (
    <button type="button" onClick={flow.chooseAnother}>
      {t('bundle.import.chooseAnother')}
    </button>
  );

  switch (state.step) {
    case 'passphrase':
      return (
        <Dialog title={title} onClose={close}>
          <PassphraseForm
            fileName={state.file.name}
            wrong={state.wrong}
            onSubmit={flow.unlock}
            onCancel={close}
          />
        </Dialog>
      );
    case 'reading':
      return (
        <Dialog
          title={title}
          onClose={close}
          actions={<button onClick={close}>{t('common.cancel')}</button>}
        >
          <p className="muted">{state.file.name}</p>
          {state.comparing ? (
            <BundleProgressView label={t('bundle.import.comparing')} />
          ) : (
            <BundleProgressView {...readProgressLabel(state.progress)} />
          )}
        </Dialog>
      );
    case 'invalid': {
      const advice = state.code
        ? (ADVICE as Partial<Record<BundleErrorCode, AdviceKey>>)[state.code]
        : undefined;
      return (
        <Dialog
          title={title}
          onClose={close}
          actions={
            <>
              {chooseAnother}
              <button type="button" className="primary" onClick={close}>
                {t('common.close')}
              </button>
            </>
          }
        >
          <div className="import-error" role="alert">
            <p>
              <strong>
                {state.fileName
                  ? t('bundle.import.invalid', { file: state.fileName })
                  : t('bundle.import.invalidNoName')}
              </strong>
            </p>
            <p className="bundle-error-message">{state.message}</p>
            <p>{t(advice ?? 'bundle.import.advice.other')}</p>
            <p>{t('bundle.import.nothingChanged')}</p>
          </div>
        </Dialog>
      );
    }
    case 'preview':
      return (
        <Dialog
          title={title}
          size="wide"
          onClose={close}
          actions={
            <>
              <button type="button" className="primary" onClick={flow.apply}>
                {t('bundle.import.apply')}
              </button>
              <button type="button" onClick={close}>
                {t('common.cancel')}
              </button>
            </>
          }
        >
          <ImportPreviewView prepared={state.prepared} />
        </Dialog>
      );
    case 'applying':
      return (
        <Dialog title={title} size="wide" onClose={close}>
          <BundleProgressView {...applyProgressLabel(state.prepared, state.progress)} />
        </Dialog>
      );
    case 'applyFailed':
      return (
        <Dialog
          title={title}
          onClose={close}
          actions={
            <>
              <button type="button" onClick={flow.apply}>
                {t('bundle.import.retry')}
              </button>
              <button type="button" className="primary" onClick={close}>
                {t('common.close')}
              </button>
            </>
          }
        >
          <div className="import-error" role="alert">
            <p>
              <strong>{t('bundle.import.applyFailed')}</strong>
            </p>
            <p className="bundle-error-message">{state.message}</p>
            <p>{t('bundle.import.nothingChanged')}</p>
          </div>
        </Dialog>
      );
    case 'done':
      return (
        <Dialog
          title={title}
          size="wide"
          onClose={close}
          actions={
            <button type="button" className="primary" onClick={close}>
              {t('common.close')}
            </button>
          }
        >
          <ImportSummaryView prepared={state.prepared} result={state.result} onLeave={close} />
        </Dialog>
      );
  }
}
