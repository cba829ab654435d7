import { useId, useMemo } from 'react';
import type { EntityKind } from '../../shared/model/index.js';
import { useRecordHistory } from '../db';
import { t } from '../i18n/t';
import { changedFields } from './changedFields';
import type { RevisionChange } from './changedFields';
import { fieldLabel } from './fieldLabel';
import { formatDateTime } from './formatDateTime';
import { ProvenanceText } from './ProvenanceText';
import './bundles.css';

function describeChange(entity: EntityKind, change: RevisionChange): string {
  const fields = (list: string[]) => list.map((f) => fieldLabel(entity, f)).join(', ');
  switch (change.kind) {
    case 'created':
      return t('bundle.history.created');
    case 'deleted':
      return t('bundle.history.deleted');
    case 'edited':
      return change.fields.length > 0
        ? t('bundle.history.changed', { fields: fields(change.fields) })
        : t('bundle.history.unchanged');
    case 'resolved':
      return change.fields.length > 0
        ? t('bundle.history.resolvedFields', {
            count: change.versions,
            fields: fields(change.fields),
          })
        : t('bundle.history.resolved', { count: change.versions });
  }
}

/**
 * A record's history, collapsed by default: every revision newest first, with who made it,
 * when, what it changed and which bundle brought it (or that it was made here).
 */
export function HistorySection({ entity, recordId }: { entity: EntityKind; recordId: string }) {
  const history = useRecordHistory(entity, recordId);
  const headingId = useId();
  const byId = useMemo(
    () => new Map((history ?? []).map((h) => [h.revision.id, h.revision])),
    [history],
  );
  return (
    <section className="case-section history-section" aria-labelledby={headingId}>
      <details>
        <summary>
          <h2 id={headingId}>{t('bundle.history.title')}</h2>
          <span className="muted">
            {history === undefined ? '' : t('bundle.history.count', { count: history.length })}
          </span>
        </summary>
        {history === undefined ? (
          <p className="muted">{t('common.loading')}</p>
        ) : (
          <ol className="history-list">
            {history.map(({ revision, provenance }) => (
              <li key={revision.id}>
                <span className="history-when">{formatDateTime(revision.at)}</span>{' '}
                <strong>{revision.by.name}</strong>{' '}
                <span>{describeChange(entity, changedFields(revision, byId))}</span>
                <span className="muted small-text history-origin">
                  <ProvenanceText provenance={provenance} />
                </span>
              </li>
            ))}
          </ol>
        )}
      </details>
    </section>
  );
}
