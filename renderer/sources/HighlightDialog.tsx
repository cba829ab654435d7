import { useState } from 'react';
import type { FormEvent } from 'react';
import { t } from '../i18n/t';
import { Dialog } from '../components/Dialog';
import { errorMessage } from '../app/errorMessage';
import { QuotePreview } from './QuotePreview';
import { LabelledControl } from '../components/form/LabelledControl';
import { FormActions, FormError } from '../components/form/FormActions';

/** A note for a new highlight, or a changed note for an existing one. */
export function HighlightDialog({
  quote,
  initialNote,
  title,
  onSave,
  onClose,
}: {
  quote: string;
  initialNote: string;
  title: string;
  onSave: (note: string) => Promise<void>;
  onClose: () => void;
}) {
  const [note, setNote] = useState(initialNote);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSave(note.trim());
    } catch (e) {
      setError(t('common.saveFailed', { reason: errorMessage(e) }));
      setBusy(false);
    }
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <QuotePreview label={t('cite.quote')} quote={quote} />
        <LabelledControl className="field" label={t('highlight.note')}>
          {(id) => (
            <>
              <textarea
                id={id}
                rows={4}
                maxLength={20000}
                value={note}
                autoFocus
                onChange={(e) => setNote(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                    e.preventDefault();
                    e.currentTarget.form?.requestSubmit();
                  }
                }}
              />
            </>
          )}
        </LabelledControl>
        <FormError error={error} />
        <FormActions submitLabel={t('highlight.save')} onCancel={onClose} busy={busy} />
      </form>
    </Dialog>
  );
}
