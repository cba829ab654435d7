import { useState } from 'react';
import { useArchive } from '../db';
import type { TagWithCount } from '../db';
import { t } from '../i18n/t';
import { errorMessage } from '../app/errorMessage';
import { LabelledControl } from '../components/form/LabelledControl';
import { useAppCommands } from '../app/appCommands';
import { ExportSelectedPdfButton } from './ExportSelectedPdfButton';

/** Adds or removes one tag on every selected case file, in one transaction. */
export function BulkTagBar({
  selected,
  tags,
  onClear,
}: {
  selected: readonly string[];
  tags: readonly TagWithCount[];
  onClear: () => void;
}) {
  const archive = useArchive();
  const commands = useAppCommands();
  const [tagId, setTagId] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const apply = async (on: boolean) => {
    if (!tagId) {
      setMessage({ text: t('bulk.chooseTag'), error: true });
      return;
    }
    setBusy(true);
    try {
      await archive.tags.setOnCases(selected, tagId, on);
      setMessage({ text: t('bulk.done', { count: selected.length }), error: false });
    } catch (error) {
      setMessage({ text: t('common.saveFailed', { reason: errorMessage(error) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="bulk-bar"
      role="region"
      aria-label={t('bulk.selected', { count: selected.length })}
    >
      <strong>{t('bulk.selected', { count: selected.length })}</strong>
      {tags.length === 0 ? (
        <span className="muted">{t('bulk.noTags')}</span>
      ) : (
        <>
          <LabelledControl className="inline-field" label={t('bulk.tag')} labelClassName="">
            {(id) => (
              <>
                <select id={id} value={tagId} onChange={(e) => setTagId(e.target.value)}>
                  <option value="">{t('bulk.chooseTag')}</option>
                  {tags.map((tag) => (
                    <option key={tag.id} value={tag.id}>
                      {tag.name}
                    </option>
                  ))}
                </select>
              </>
            )}
          </LabelledControl>
          <button type="button" onClick={() => void apply(true)} disabled={busy}>
            {t('bulk.addTag')}
          </button>
          <button type="button" onClick={() => void apply(false)} disabled={busy}>
            {t('bulk.removeTag')}
          </button>
        </>
      )}
      <button type="button" onClick={() => commands.exportBundle(selected)}>
        {t('bundle.export.selected')}
      </button>
      <ExportSelectedPdfButton caseIds={selected} />
      <button type="button" className="link-button" onClick={onClear}>
        {t('bulk.clear')}
      </button>
      <span role="status" className={message?.error ? 'error-text' : 'muted'}>
        {message?.text ?? ''}
      </span>
    </div>
  );
}
