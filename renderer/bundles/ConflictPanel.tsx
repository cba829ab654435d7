import { useId, useState } from 'react';
import type { AnyEntity, EntityKind, FieldConflict, Stored } from '../../shared/model/index.js';
import { resolveConflicts, useArchive, useProvenance } from '../db';
import type { ConflictChoice } from '../db';
import { t } from '../i18n/t';
import { errorMessage } from '../app/errorMessage';
import { ConflictItem } from './ConflictItem';
import './bundles.css';

const NO_CHOICES: ReadonlyMap<string, ConflictChoice> = new Map();

/**
 * A record's conflicts, each with every version side by side (value, who, when, which bundle
 * brought it), to keep one or type a new one. A record with several conflicts is settled in
 * one revision once every conflict has a choice, so no field is ever settled with whichever
 * version happened to be shown; with one conflict, the first choice saves at once.
 */
export function ConflictPanel({
  entity,
  record,
  intro,
}: {
  entity: EntityKind;
  record: Stored<AnyEntity>;
  /** What the conflicts are about, e.g. "Colleagues changed this case file differently." */
  intro: string;
}) {
  const archive = useArchive();
  const headingId = useId();
  const conflicts = record.meta.conflicts;
  const headsKey = record.meta.heads.join(',');
  // Choices belong to the versions they were made on: when the record changes (an import,
  // another window), they may no longer fit, so they are dropped.
  const [pending, setPending] = useState<{
    headsKey: string;
    choices: ReadonlyMap<string, ConflictChoice>;
  }>({ headsKey, choices: new Map() });
  const choices = pending.headsKey === headsKey ? pending.choices : NO_CHOICES;
  const setChoices = (next: ReadonlyMap<string, ConflictChoice>) =>
    setPending({ headsKey, choices: next });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [resolved, setResolved] = useState(false);
  const provenance = useProvenance(conflicts.flatMap((c) => c.versions.map((v) => v.revisionId)));

  if (conflicts.length === 0) {
    return resolved ? (
      <p className="conflict-resolved" role="status">
        {t('bundle.conflict.resolved')}
      </p>
    ) : null;
  }

  const choose = async (conflict: FieldConflict, value: unknown) => {
    const next = new Map(choices);
    next.set(conflict.path, { path: conflict.path, value });
    setError(null);
    if (next.size < conflicts.length) {
      setChoices(next);
      return;
    }
    setSaving(true);
    try {
      await resolveConflicts(archive, {
        entity,
        recordId: record.id,
        heads: record.meta.heads,
        choices: [...next.values()],
      });
      setChoices(new Map());
      setResolved(true);
    } catch (e) {
      setChoices(new Map());
      setError(t('bundle.conflict.saveFailed', { reason: errorMessage(e) }));
    } finally {
      setSaving(false);
    }
  };

  const current = record as unknown as Record<string, unknown>;
  return (
    <section className="conflict-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('bundle.conflict.title', { count: conflicts.length })}</h2>
      <p className="conflict-banner" role="note">
        {intro} {t('bundle.conflict.explain')}
      </p>
      <p className="muted small-text">{t('bundle.conflict.editWarning')}</p>
      {conflicts.map((conflict) => (
        <ConflictItem
          key={conflict.path}
          entity={entity}
          conflict={conflict}
          current={current}
          provenance={provenance}
          chosen={choices.get(conflict.path) ?? null}
          disabled={saving}
          onChoose={(value) => void choose(conflict, value)}
        />
      ))}
      <div className="conflict-foot">
        <p role="status" className="muted">
          {saving
            ? t('common.saving')
            : conflicts.length > 1
              ? t('bundle.conflict.progress', { chosen: choices.size, count: conflicts.length })
              : ''}
        </p>
        {choices.size > 0 && !saving ? (
          <button type="button" className="small" onClick={() => setChoices(new Map())}>
            {t('bundle.conflict.startOver')}
          </button>
        ) : null}
        {error ? (
          <p className="error-text" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </section>
  );
}
