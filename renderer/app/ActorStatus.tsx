import { useState } from 'react';
import type { FormEvent } from 'react';
import { useActor, useArchive } from '../db';
import { t } from '../i18n/t';
import { Dialog } from '../components/Dialog';
import { errorMessage } from './errorMessage';
import { LabelledControl } from '../components/form/LabelledControl';
import { FormActions, FormError } from '../components/form/FormActions';

/** Who the archive records as the author of this person's changes, and a way to change it. */
export function ActorStatus() {
  const actor = useActor();
  const [editing, setEditing] = useState(false);
  if (!actor) return null;
  return (
    <div className="actor-status">
      <p>{t('footer.actor', { name: actor.name })}</p>
      <button type="button" className="link-button" onClick={() => setEditing(true)}>
        {t('footer.changeName')}
      </button>
      {editing ? <ActorNameDialog current={actor.name} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}

function ActorNameDialog({ current, onClose }: { current: string; onClose: () => void }) {
  const archive = useArchive();
  const [name, setName] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('actor.empty'));
      return;
    }
    try {
      await archive.settings.setActorName(name.trim());
      onClose();
    } catch (e) {
      setError(t('common.saveFailed', { reason: errorMessage(e) }));
    }
  };
  return (
    <Dialog title={t('actor.title')} onClose={onClose} description={t('actor.hint')}>
      <form onSubmit={submit} className="form">
        <LabelledControl className="field" label={t('actor.label')}>
          {(id) => (
            <>
              <input
                id={id}
                value={name}
                onChange={(e) => setName(e.target.value)}
                maxLength={200}
                aria-invalid={error ? true : undefined}
                autoFocus
              />
            </>
          )}
        </LabelledControl>
        <FormError error={error} />
        <FormActions submitLabel={t('actor.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
