import { useState } from 'react';
import type { FormEvent } from 'react';
import { importPastedText, importSourceFiles } from '../../shared/sources/index.js';
import type { SourceImportResult, SourceImportSuccess } from '../../shared/sources/index.js';
import { useArchive, useSourceList } from '../db';
import { t } from '../i18n/t';
import { errorMessage } from '../app/errorMessage';
import { platform } from '../platform/platform';
import { Dialog } from '../components/Dialog';
import { href } from '../router/navigation';
import { LabelledControl } from '../components/form/LabelledControl';

type Outcome =
  | { kind: 'added'; fileName: string; id: string }
  | { kind: 'duplicate'; fileName: string; id: string }
  | { kind: 'failed'; fileName: string; message: string };

/**
 * Add sources: article files (several at once) or pasted text. Every file gets its own
 * line in the results: added, already in the archive (its text was imported before), or
 * not added with the reason; one bad file never stops the others.
 */
export function AddSourcesDialog({ onClose }: { onClose: () => void }) {
  const archive = useArchive();
  const sources = useSourceList();
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [working, setWorking] = useState<string | null>(null);
  const [pasteTitle, setPasteTitle] = useState('');
  const [pasteText, setPasteText] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);

  const store = async (results: SourceImportResult[]): Promise<Outcome[]> => {
    const ok = results.filter((r): r is SourceImportSuccess => r.ok);
    let saved: Awaited<ReturnType<typeof archive.sources.addImported>> = [];
    try {
      saved = ok.length > 0 ? await archive.sources.addImported(ok) : [];
    } catch (error) {
      return ok.map((r) => ({
        kind: 'failed',
        fileName: r.fileName,
        message: t('add.error', { reason: errorMessage(error) }),
      }));
    }
    let next = 0;
    return results.map((r): Outcome => {
      if (!r.ok) return { kind: 'failed', fileName: r.fileName, message: r.message };
      const s = saved[next++];
      return s
        ? { kind: s.status === 'added' ? 'added' : 'duplicate', fileName: r.fileName, id: s.id }
        : { kind: 'failed', fileName: r.fileName, message: '' };
    });
  };

  const chooseFiles = async () => {
    // openFiles must run straight from the click, before any await.
    const picked = platform.openFiles({ purpose: 'sources', multiple: true });
    try {
      const { files, skipped = [] } = await picked;
      const notRead = skipped.map((f): Outcome => ({
        kind: 'failed',
        fileName: f.name,
        message: t(`add.skipped.${f.reason}`, { name: f.name }),
      }));
      if (files.length === 0 && notRead.length === 0) return;
      setWorking(t('add.working', { count: files.length }));
      const results = await importSourceFiles(files);
      const stored = await store(results);
      setOutcomes((prev) => [...stored, ...notRead, ...prev]);
    } catch (error) {
      setOutcomes((prev) => [
        { kind: 'failed', fileName: '', message: t('add.error', { reason: errorMessage(error) }) },
        ...prev,
      ]);
    } finally {
      setWorking(null);
    }
  };

  const addPasted = async (event: FormEvent) => {
    event.preventDefault();
    if (!pasteText.trim()) {
      setPasteError(t('add.nothingPasted'));
      return;
    }
    setPasteError(null);
    setWorking(t('add.working', { count: 1 }));
    try {
      const result = await importPastedText(pasteText);
      const titled =
        result.ok && pasteTitle.trim()
          ? { ...result, metadata: { ...result.metadata, title: pasteTitle.trim() } }
          : result;
      const stored = await store([titled]);
      setOutcomes((prev) => [...stored, ...prev]);
      if (stored[0]?.kind !== 'failed') {
        setPasteText('');
        setPasteTitle('');
      }
    } finally {
      setWorking(null);
    }
  };

  const titleOf = (id: string) => sources?.find((s) => s.id === id)?.title || t('sources.untitled');
  const counts = {
    added: outcomes.filter((o) => o.kind === 'added').length,
    duplicates: outcomes.filter((o) => o.kind === 'duplicate').length,
    failed: outcomes.filter((o) => o.kind === 'failed').length,
  };

  return (
    <Dialog title={t('add.title')} onClose={onClose} size="wide">
      <div className="add-sources">
        <section className="add-files" aria-labelledby="add-files-title">
          <h3 id="add-files-title">{t('add.files')}</h3>
          <p className="muted">{t('add.filesHint')}</p>
          <button
            type="button"
            className="primary"
            onClick={() => void chooseFiles()}
            disabled={working !== null}
          >
            {t('add.chooseFiles')}
          </button>
        </section>
        <form className="add-paste form" onSubmit={addPasted} aria-labelledby="add-paste-title">
          <h3 id="add-paste-title">{t('add.paste')}</h3>
          <LabelledControl className="field" label={t('add.pasteTitle')}>
            {(id) => (
              <>
                <input
                  id={id}
                  type="text"
                  value={pasteTitle}
                  maxLength={1000}
                  onChange={(e) => setPasteTitle(e.target.value)}
                />
              </>
            )}
          </LabelledControl>
          <LabelledControl className="field" label={t('add.pasteText')}>
            {(id) => (
              <>
                <textarea
                  id={id}
                  rows={6}
                  value={pasteText}
                  onChange={(e) => setPasteText(e.target.value)}
                  aria-invalid={pasteError ? true : undefined}
                  aria-describedby={pasteError ? 'paste-error' : undefined}
                />
              </>
            )}
          </LabelledControl>
          {pasteError ? (
            <p id="paste-error" className="error-text">
              {pasteError}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="submit" disabled={working !== null}>
              {t('add.addPasted')}
            </button>
          </div>
        </form>
      </div>
      <div className="add-results" role="status" aria-live="polite">
        {working ? (
          <p className="progress">
            <span>{working}</span> <progress aria-label={working} />
          </p>
        ) : null}
        {outcomes.length > 0 ? (
          <>
            <h3>{t('add.results')}</h3>
            <p className="muted">{t('add.summary', counts)}</p>
            <ul className="result-list">
              {outcomes.map((o, i) => (
                <li key={`${outcomes.length - i}`} className={`result result-${o.kind}`}>
                  <span className="result-file">{o.fileName || t('add.pasted')}</span>
                  {o.kind === 'added' ? (
                    <>
                      <span className="badge badge-free">{t('add.added')}</span>
                      <a href={href.source(o.id)} onClick={onClose}>
                        {titleOf(o.id)}
                      </a>
                    </>
                  ) : o.kind === 'duplicate' ? (
                    <>
                      <span className="badge badge-unknown">{t('add.duplicateBadge')}</span>
                      <span>
                        {t('add.duplicate', { title: titleOf(o.id) })}{' '}
                        <a href={href.source(o.id)} onClick={onClose}>
                          {t('add.open')}
                        </a>
                      </span>
                    </>
                  ) : (
                    <>
                      <span className="badge badge-grave">{t('add.failed')}</span>
                      <span className="error-text">{o.message}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </Dialog>
  );
}
