import { useCallback, useEffect, useRef, useState } from 'react';
import { isAgeEncrypted } from '../../shared/bundle/ageEncryption.js';
import { BundleError } from '../../shared/bundle/bundleError.js';
import type { BundleErrorCode } from '../../shared/bundle/bundleError.js';
import type { ReadProgress } from '../../shared/bundle/readBundleOptions.js';
import type { DesktopResponse, PickedFile } from '../../shared/platform/desktopApi';
import type { ApplyProgress, ApplyRevisionsResult } from '../db';
import { useArchive } from '../db';
import { errorMessage } from '../app/errorMessage';
import { platform } from '../platform/platform';
import { t } from '../i18n/t';
import type { ImportSession } from './bundleWorkerClient';
import { openImportOffThread } from './bundleWorkerClient';
import type { PreparedImport } from './importBundle';

export type PickedBundle = DesktopResponse<'openFiles'>;

export type ImportStep =
  | { step: 'picking' }
  | { step: 'passphrase'; file: PickedFile; wrong: boolean }
  | { step: 'reading'; file: PickedFile; progress: ReadProgress | null; comparing: boolean }
  | { step: 'invalid'; fileName: string; message: string; code: BundleErrorCode | null }
  | { step: 'preview'; prepared: PreparedImport }
  | { step: 'applying'; prepared: PreparedImport; progress: ApplyProgress | null }
  | { step: 'done'; prepared: PreparedImport; result: ApplyRevisionsResult }
  | { step: 'applyFailed'; prepared: PreparedImport; message: string };

export interface ImportFlow {
  state: ImportStep;
  /** Opens the bundle with this passphrase (after a passphrase step). */
  unlock: (passphrase: string) => void;
  apply: () => void;
  /** Opens the file dialog again; call it from the click. */
  chooseAnother: () => void;
}

/**
 * The import, step by step: the picked file → its passphrase if encrypted (asked again when
 * wrong) → read, checked whole and compared with the archive in the bundle worker → a
 * preview → applied by that worker all at once, or not at all. The window only ever holds
 * the preview, never the bundle's records. Nothing is written before Apply. A step started
 * later supersedes an earlier one still running (a second file chosen, the dialog closed).
 */
export function useImportFlow(
  picked: Promise<PickedBundle>,
  onNothingChosen: () => void,
): ImportFlow {
  const archive = useArchive();
  const [state, setState] = useState<ImportStep>({ step: 'picking' });
  const run = useRef(0);
  const reading = useRef<AbortController | null>(null);
  /** The import waiting for Apply; its worker holds the bundle until it is closed. */
  const session = useRef<ImportSession | null>(null);
  const endSession = useCallback(() => {
    session.current?.close();
    session.current = null;
  }, []);

  const open = useCallback(
    async (file: PickedFile, passphrase: string | undefined) => {
      const token = ++run.current;
      const live = () => run.current === token;
      if (passphrase === undefined && isAgeEncrypted(file.bytes)) {
        setState({ step: 'passphrase', file, wrong: false });
        return;
      }
      setState({ step: 'reading', file, progress: null, comparing: false });
      reading.current?.abort();
      endSession();
      const abort = new AbortController();
      reading.current = abort;
      try {
        // Read, checked and compared with the archive in the bundle worker: the window only
        // shows progress, then the preview.
        const opened = await openImportOffThread(
          archive.name,
          file,
          passphrase,
          (progress) => {
            if (!live()) return;
            if (progress === 'comparing')
              setState({ step: 'reading', file, progress: null, comparing: true });
            else setState({ step: 'reading', file, progress, comparing: false });
          },
          abort.signal,
        );
        if (!live()) {
          opened.close();
          return;
        }
        session.current = opened;
        setState({ step: 'preview', prepared: opened.prepared });
      } catch (error) {
        if (!live()) return;
        const code = error instanceof BundleError ? error.code : null;
        if (code === 'wrong-passphrase' || code === 'passphrase-required') {
          setState({ step: 'passphrase', file, wrong: code === 'wrong-passphrase' });
        } else {
          setState({ step: 'invalid', fileName: file.name, message: errorMessage(error), code });
        }
      }
    },
    [archive, endSession],
  );

  /** Waits for the file dialog; a later choice or closing the dialog supersedes it. */
  const receive = useCallback(
    (choice: Promise<PickedBundle>) => {
      const token = ++run.current;
      choice.then(
        (result) => {
          if (run.current !== token) return;
          const [file] = result.files;
          const [skipped] = result.skipped ?? [];
          if (file) void open(file, undefined);
          else if (skipped)
            setState({
              step: 'invalid',
              fileName: skipped.name,
              message: t(`bundle.import.skipped.${skipped.reason}`),
              code: null,
            });
          else onNothingChosen();
        },
        (error: unknown) => {
          if (run.current === token)
            setState({ step: 'invalid', fileName: '', message: errorMessage(error), code: null });
        },
      );
    },
    [open, onNothingChosen],
  );

  useEffect(() => {
    receive(picked);
    return () => {
      // Closing the dialog abandons whatever is still running.
      run.current += 1;
      reading.current?.abort();
      endSession();
    };
  }, [picked, receive, endSession]);

  const unlock = useCallback(
    (passphrase: string) => {
      if (state.step === 'passphrase') void open(state.file, passphrase);
    },
    [state, open],
  );

  const apply = useCallback(() => {
    if (state.step !== 'preview' && state.step !== 'applyFailed') return;
    const { prepared } = state;
    const opened = session.current;
    if (!opened) return;
    const token = ++run.current;
    setState({ step: 'applying', prepared, progress: null });
    const onProgress = (progress: ApplyProgress) => {
      if (run.current === token) setState({ step: 'applying', prepared, progress });
    };
    opened.apply(throttle(onProgress)).then(
      (result) => {
        if (session.current === opened) session.current = null;
        if (run.current === token) setState({ step: 'done', prepared, result });
      },
      (error: unknown) => {
        if (run.current === token)
          setState({ step: 'applyFailed', prepared, message: errorMessage(error) });
      },
    );
  }, [state]);

  const chooseAnother = useCallback(() => {
    const choice = platform.openFiles({ purpose: 'bundle', multiple: false });
    setState({ step: 'picking' });
    receive(choice);
  }, [receive]);

  return { state, unlock, apply, chooseAnother };
}

/** Progress at most this often: a state update per slice of a large import would be many renders. */
const PROGRESS_EVERY_MS = 100;

function throttle(report: (progress: ApplyProgress) => void): (progress: ApplyProgress) => void {
  let last = 0;
  let phase = '';
  return (progress) => {
    const now = Date.now();
    const end = progress.done === progress.total;
    if (progress.phase === phase && !end && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    phase = progress.phase;
    report(progress);
  };
}
