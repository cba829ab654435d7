import { useId, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { bundleStoreOf, useArchive } from '../db';
import type { BundleScopeKind } from '../db';
import { Dialog } from '../components/Dialog';
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/t';
import { errorMessage } from '../app/errorMessage';
import { platform } from '../platform/platform';
import { exportOffThread } from './bundleWorkerClient';
import type { ExportedBundle, ExportProgress, ExportRequest } from './exportBundle';
import { exportProblem, selectionFor } from './exportBundle';
import { BundleProgressView } from './BundleProgressView';
import { exportProgressLabel } from './progressLabels';
import { CaseChooser } from './CaseChooser';
import { PassphraseFields } from './PassphraseFields';
import { ExportSummaryLine } from './ExportSummaryLine';
import { formatDateTime } from './formatDateTime';
import { useExportSnapshot, useLastSentTo } from './useExportSnapshot';
import './bundles.css';

type Phase =
  | { state: 'editing' }
  | { state: 'working'; progress: ExportProgress | 'saving' }
  | { state: 'saved'; exported: ExportedBundle };

const SCOPES = [
  { scope: 'archive', label: 'bundle.export.scopeArchive', hint: 'bundle.export.scopeArchiveHint' },
  { scope: 'cases', label: 'bundle.export.scopeCases', hint: 'bundle.export.scopeCasesHint' },
  { scope: 'changes', label: 'bundle.export.scopeChanges', hint: 'bundle.export.scopeChangesHint' },
] as const satisfies readonly { scope: BundleScopeKind; label: MessageKey; hint: MessageKey }[];

const PRODUCER = {
  app: 'Kartoteka',
  version: import.meta.env.KARTOTEKA_VERSION || '0.0.0',
};

/** Progress repaints at most this often; the writer reports every record. */
const PROGRESS_EVERY_MS = 100;

/**
 * Export bundle: what to send (everything, chosen case files, or what a colleague does not
 * have yet), for whom, optionally encrypted; then the file is made and handed to the save
 * dialog. The export is recorded only once the file is saved, so "changes since" never
 * skips something that was not really sent.
 */
export function ExportBundleDialog({
  initialCaseIds,
  onClose,
}: {
  initialCaseIds: readonly string[];
  onClose: () => void;
}) {
  const archive = useArchive();
  const snapshot = useExportSnapshot();
  const [scope, setScope] = useState<BundleScopeKind>(
    initialCaseIds.length > 0 ? 'cases' : 'archive',
  );
  const [caseIds, setCaseIds] = useState<ReadonlySet<string>>(new Set(initialCaseIds));
  const [colleague, setColleague] = useState('');
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ state: 'editing' });
  const lastPaint = useRef(0);
  const colleagueId = useId();
  const colleagueHintId = useId();
  const colleaguesListId = useId();
  const previous = useLastSentTo(colleague);

  const request: ExportRequest = {
    scope,
    caseIds: [...caseIds],
    colleague: colleague.trim() || null,
    passphrase: encrypt ? passphrase : null,
  };
  const selection = useMemo(
    () =>
      snapshot &&
      exportProblem({ scope, caseIds: [...caseIds], colleague, passphrase: null }) === null
        ? selectionFor(
            { scope, caseIds: [...caseIds], colleague, passphrase: null },
            snapshot,
            previous ?? null,
          )
        : null,
    [snapshot, scope, caseIds, colleague, previous],
  );
  const nothingToSend =
    scope === 'changes' && selection !== null && selection.revisions.length === 0;

  const showProgress = (progress: ExportProgress) => {
    const now = Date.now();
    if (progress.step === 'writing' && now - lastPaint.current < PROGRESS_EVERY_MS) return;
    lastPaint.current = now;
    setPhase({ state: 'working', progress });
  };

  const save = async (exported: ExportedBundle) => {
    setPhase({ state: 'working', progress: 'saving' });
    const { saved } = await platform.saveFile({
      suggestedName: exported.fileName,
      kind: 'bundle',
      // The writer's bytes are a plain ArrayBuffer's; the typed API wants that said.
      bytes: exported.bytes as Uint8Array<ArrayBuffer>,
    });
    if (!saved) {
      setPhase({ state: 'editing' });
      setNotice(t('bundle.export.notSaved'));
      return;
    }
    await bundleStoreOf(archive).recordExport(exported.record, exported.frontier);
    setPhase({ state: 'saved', exported });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const missing = exportProblem(request);
    if (missing) {
      setProblem(
        t(missing === 'noCases' ? 'bundle.export.needCases' : 'bundle.export.needColleague'),
      );
      return;
    }
    if (encrypt && passphrase === '') {
      setProblem(t('bundle.export.needPassphrase'));
      return;
    }
    if (encrypt && passphrase !== repeat) {
      setProblem(t('bundle.export.passphrasesDiffer'));
      return;
    }
    setProblem(null);
    setPhase({ state: 'working', progress: { step: 'reading' } });
    try {
      const exported = await exportOffThread(archive.name, request, PRODUCER, showProgress);
      await save(exported);
    } catch (error) {
      setPhase({ state: 'editing' });
      setProblem(t('bundle.export.failed', { reason: errorMessage(error) }));
    }
  };

  const title = t('bundle.export.title');
  if (phase.state === 'working') {
    const shown =
      phase.progress === 'saving'
        ? { label: t('bundle.progress.saving') }
        : exportProgressLabel(phase.progress);
    return (
      <Dialog title={title} onClose={() => undefined}>
        <BundleProgressView {...shown} />
      </Dialog>
    );
  }
  if (phase.state === 'saved') {
    const { record } = phase.exported;
    return (
      <Dialog
        title={title}
        onClose={onClose}
        actions={
          <>
            <button type="button" onClick={() => void save(phase.exported)}>
              {t('bundle.export.saveAgain')}
            </button>
            <button type="button" className="primary" onClick={onClose}>
              {t('common.close')}
            </button>
          </>
        }
      >
        <p role="status">
          <strong>{t('bundle.export.saved', { file: record.fileName })}</strong>
        </p>
        <p>
          {t('bundle.export.savedCounts', { count: record.revisions, texts: record.texts })}
          {record.encrypted ? ` ${t('bundle.export.savedEncrypted')}` : ''}
        </p>
        {record.colleague ? (
          <p className="muted">{t('bundle.export.remembered', { name: record.colleague })}</p>
        ) : null}
      </Dialog>
    );
  }

  const formId = `${colleagueId}-form`;
  return (
    <Dialog
      title={title}
      size="wide"
      onClose={onClose}
      actions={
        <>
          <button type="submit" form={formId} className="primary" disabled={nothingToSend}>
            {t('bundle.export.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <form id={formId} className="export-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="export-scope">
          <legend>{t('bundle.export.scopeLegend')}</legend>
          {SCOPES.map((s) => (
            <label key={s.scope} className="radio-option">
              <input
                type="radio"
                name="scope"
                value={s.scope}
                checked={scope === s.scope}
                onChange={() => setScope(s.scope)}
              />
              <span>
                {t(s.label)}
                <small className="muted"> {t(s.hint)}</small>
              </span>
            </label>
          ))}
        </fieldset>
        {scope === 'cases' ? <CaseChooser chosen={caseIds} onChange={setCaseIds} /> : null}
        <div className="field">
          <label htmlFor={colleagueId} className="field-label">
            {t(scope === 'changes' ? 'bundle.export.colleagueRequired' : 'bundle.export.colleague')}
          </label>
          <input
            id={colleagueId}
            list={colleaguesListId}
            value={colleague}
            maxLength={200}
            autoComplete="off"
            aria-describedby={colleagueHintId}
            onChange={(e) => setColleague(e.target.value)}
          />
          <datalist id={colleaguesListId}>
            {snapshot?.colleagues.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <small id={colleagueHintId} className="muted">
            {colleague.trim() === ''
              ? t('bundle.export.colleagueHint')
              : previous === undefined
                ? ''
                : previous === null
                  ? t('bundle.export.neverSent', { name: colleague.trim() })
                  : t('bundle.export.lastSent', {
                      name: previous.colleague,
                      date: formatDateTime(previous.at),
                    })}
          </small>
        </div>
        <PassphraseFields
          encrypt={encrypt}
          passphrase={passphrase}
          repeat={repeat}
          onEncrypt={setEncrypt}
          onPassphrase={setPassphrase}
          onRepeat={setRepeat}
        />
        <ExportSummaryLine
          selection={selection}
          loading={snapshot === null}
          nothingToSend={nothingToSend}
          colleague={colleague.trim()}
        />
        {problem ? (
          <p className="error-text" role="alert">
            {problem}
          </p>
        ) : null}
        {notice ? (
          <p className="muted" role="status">
            {notice}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
