import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Note, Stored } from '../../../shared/model/index.js';
import { useArchive, useNotesForCase } from '../../db';
import { t } from '../../i18n/t';
import { errorMessage } from '../../app/errorMessage';
import { formatTimestamp } from '../../app/formatTimestamp';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { CheckboxField } from '../../components/form/fields';
import { LabelledControl } from '../../components/form/LabelledControl';
import { ConflictPanel } from '../../bundles/ConflictPanel';
import { FormActions, FormError } from '../../components/form/FormActions';

/** Notes in Markdown on a case file; rendered only through SafeMarkdown. */
export function NotesSection({ caseId }: { caseId: string }) {
  const notes = useNotesForCase(caseId);
  const archive = useArchive();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);

  return (
    <section className="case-section" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{t('section.notes')}</h2>
        {adding ? null : (
          <button type="button" className="small" onClick={() => setAdding(true)}>
            {t('notes.add')}
          </button>
        )}
      </div>
      {adding ? (
        <NoteEditor
          initial={{ body: '', private: false }}
          onCancel={() => setAdding(false)}
          onSave={async (value) => {
            await archive.notes.create({ caseId, ...value });
            setAdding(false);
          }}
        />
      ) : null}
      {notes && notes.length === 0 && !adding ? <p className="muted">{t('notes.empty')}</p> : null}
      <ul className="notes">
        {notes?.map((note) =>
          editingId === note.id ? (
            <li key={note.id} className="note">
              <NoteEditor
                initial={note}
                onCancel={() => setEditingId(null)}
                onSave={async (value) => {
                  await archive.notes.update(note.id, value);
                  setEditingId(null);
                }}
              />
            </li>
          ) : (
            <NoteItem key={note.id} note={note} onEdit={() => setEditingId(note.id)} />
          ),
        )}
      </ul>
    </section>
  );
}

function NoteItem({ note, onEdit }: { note: Stored<Note>; onEdit: () => void }) {
  const archive = useArchive();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <li className="note">
      <div className="note-meta">
        {note.private ? <span className="badge badge-private">{t('common.private')}</span> : null}
        <span className="muted">
          {t('case.updated', {
            date: formatTimestamp(note.meta.updatedAt),
            name: note.meta.updatedBy.name,
          })}
        </span>
        <span className="spacer" />
        <button type="button" className="small" onClick={onEdit}>
          {t('notes.edit')}
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              className="small danger"
              onClick={() =>
                archive.notes.remove(note.id).catch((e: unknown) => setError(errorMessage(e)))
              }
            >
              {t('notes.delete')}
            </button>
            <button type="button" className="small" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="small" onClick={() => setConfirming(true)}>
            {t('common.delete')}
          </button>
        )}
      </div>
      <ConflictPanel entity="note" record={note} intro={t('bundle.conflict.noteIntro')} />
      <SafeMarkdown source={note.body} />
      {error ? (
        <p className="error-text" role="alert">
          {t('common.saveFailed', { reason: error })}
        </p>
      ) : null}
    </li>
  );
}

function NoteEditor({
  initial,
  onSave,
  onCancel,
}: {
  initial: Pick<Note, 'body' | 'private'>;
  onSave: (value: Pick<Note, 'body' | 'private'>) => Promise<void>;
  onCancel: () => void;
}) {
  const [body, setBody] = useState(initial.body);
  const [isPrivate, setPrivate] = useState(initial.private);
  const [preview, setPreview] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const hintId = useId();

  const save = async () => {
    if (!body.trim()) {
      setError(t('notes.emptyBody'));
      return;
    }
    setSaving(true);
    try {
      await onSave({ body, private: isPrivate });
    } catch (e) {
      setError(t('common.saveFailed', { reason: errorMessage(e) }));
      setSaving(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <form
      className="note-editor"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <LabelledControl className="field" label={t('notes.body')}>
        {(id) => (
          <>
            <textarea
              id={id}
              value={body}
              rows={6}
              maxLength={200000}
              autoFocus
              aria-describedby={hintId}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setBody(e.target.value)}
            />
            <small id={hintId} className="muted">
              {t('notes.markdownHint')}
            </small>
          </>
        )}
      </LabelledControl>
      <CheckboxField label={t('notes.private')} checked={isPrivate} onChange={setPrivate} />
      <CheckboxField label={t('notes.preview')} checked={preview} onChange={setPreview} />
      {preview ? <SafeMarkdown source={body} className="note-preview" /> : null}
      <FormError error={error} />
      <FormActions
        submitLabel={saving ? t('common.saving') : t('common.save')}
        onCancel={onCancel}
        busy={saving}
        hint={t('common.saveShortcut')}
      />
    </form>
  );
}
