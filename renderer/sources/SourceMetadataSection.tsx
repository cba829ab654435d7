import { useId, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { Source, Stored } from '../../shared/model/index.js';
import { Source as SourceSchema, formatPartialDate } from '../../shared/model/index.js';
import { useArchive } from '../db';
import { t } from '../i18n/t';
import { errorMessage } from '../app/errorMessage';
import { formatTimestamp } from '../app/formatTimestamp';
import { platform } from '../platform/platform';
import { FormContext } from '../components/form/FormContext';
import type { FieldErrors } from '../components/form/FieldErrors';
import { NO_ERRORS } from '../components/form/FieldErrors';
import { DateField, TextField } from '../components/form/fields';

interface MetadataDraft {
  title: string;
  publisher: string;
  author: string;
  date: string;
  url: string;
}

const MetadataSchema = SourceSchema.pick({
  title: true,
  publisher: true,
  author: true,
  date: true,
  url: true,
});

function friendly(path: string, message: string): string {
  if (path === 'date')
    return message.includes('calendar') ? t('common.notRealDate') : t('common.invalidDate');
  if (path === 'url') return t('source.badUrl');
  return message;
}

/** A source's details: shown, and editable (all but the text, its hash and file). */
export function SourceMetadataSection({
  source,
  textLength,
}: {
  source: Stored<Source>;
  textLength: number;
}) {
  const archive = useArchive();
  const headingId = useId();
  const [draft, setDraft] = useState<MetadataDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [saveError, setSaveError] = useState<string | null>(null);

  const start = () => {
    setDraft({
      title: source.title,
      publisher: source.publisher,
      author: source.author,
      date: source.date ?? '',
      url: source.url,
    });
    setErrors(NO_ERRORS);
    setSaveError(null);
  };
  const save = async () => {
    if (!draft) return;
    const patch = {
      title: draft.title.trim(),
      publisher: draft.publisher.trim(),
      author: draft.author.trim(),
      date: draft.date.trim() === '' ? null : draft.date.trim(),
      url: draft.url.trim(),
    };
    const checked = MetadataSchema.safeParse(patch);
    if (!checked.success) {
      setErrors(
        new Map(
          checked.error.issues.map((i) => [
            i.path.join('.'),
            friendly(i.path.join('.'), i.message),
          ]),
        ),
      );
      return;
    }
    try {
      await archive.sources.updateMetadata(source.id, checked.data);
      setDraft(null);
    } catch (e) {
      setSaveError(t('common.saveFailed', { reason: errorMessage(e) }));
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setDraft(null);
    }
  };
  const set = (key: keyof MetadataDraft) => (value: string) =>
    setDraft((d) => (d ? { ...d, [key]: value } : d));

  return (
    <section className="source-meta" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{t('source.metadata')}</h2>
        {draft ? null : (
          <button
            type="button"
            className="small"
            onClick={start}
            aria-label={t('source.editMetadata')}
          >
            {t('common.edit')}
          </button>
        )}
      </div>
      {draft ? (
        <FormContext.Provider value={{ formId: 'source-meta', errors }}>
          <form className="form-grid" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
            <TextField
              label={t('source.title')}
              path="title"
              className="span-2"
              value={draft.title}
              maxLength={1000}
              onChange={set('title')}
              autoFocus
            />
            <TextField
              label={t('source.publisher')}
              path="publisher"
              value={draft.publisher}
              maxLength={500}
              onChange={set('publisher')}
            />
            <TextField
              label={t('source.author')}
              path="author"
              value={draft.author}
              maxLength={500}
              onChange={set('author')}
            />
            <DateField
              label={t('source.date')}
              path="date"
              value={draft.date}
              hint={t('common.dateHint')}
              onChange={set('date')}
            />
            <TextField
              label={t('source.url')}
              path="url"
              value={draft.url}
              maxLength={4000}
              inputMode="url"
              onChange={set('url')}
            />
            {saveError ? (
              <p className="error-text span-2" role="alert">
                {saveError}
              </p>
            ) : null}
            {errors.size > 0 ? (
              <p className="error-text span-2" role="alert">
                {t('common.fixErrors', { count: errors.size })} {[...errors.values()].join(' ')}
              </p>
            ) : null}
            <div className="form-actions span-2">
              <button type="submit" className="primary">
                {t('common.save')}
              </button>
              <button type="button" onClick={() => setDraft(null)}>
                {t('common.cancel')}
              </button>
              <span className="muted hint">{t('common.saveShortcut')}</span>
            </div>
          </form>
        </FormContext.Provider>
      ) : (
        <dl className="meta-list">
          <dt>{t('source.publisher')}</dt>
          <dd>{source.publisher || <span className="muted">{t('common.notRecorded')}</span>}</dd>
          <dt>{t('source.author')}</dt>
          <dd>{source.author || <span className="muted">{t('common.notRecorded')}</span>}</dd>
          <dt>{t('source.date')}</dt>
          <dd>
            {source.date ? (
              formatPartialDate(source.date)
            ) : (
              <span className="muted">{t('common.notRecorded')}</span>
            )}
          </dd>
          <dt>{t('source.url')}</dt>
          <dd className="break">
            {source.url ? (
              <>
                <span>{source.url}</span>{' '}
                {source.url.startsWith('https://') ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void platform.openExternal({ url: source.url })}
                  >
                    {t('source.openUrl')}
                  </button>
                ) : null}
              </>
            ) : (
              <span className="muted">{t('common.notRecorded')}</span>
            )}
          </dd>
          <dt>{t('source.sha256')}</dt>
          <dd className="mono break">{source.sha256}</dd>
          <dt>{t('source.added')}</dt>
          <dd>
            {formatTimestamp(source.addedAt)}
            {source.fileName ? (
              <span className="muted">
                {' '}
                · {t('source.fileName')}: {source.fileName}
              </span>
            ) : null}
            <span className="muted"> · {t('source.length', { count: textLength })}</span>
          </dd>
        </dl>
      )}
    </section>
  );
}
