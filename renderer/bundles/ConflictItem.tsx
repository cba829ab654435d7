import { useId, useState } from 'react';
import type { EntityKind, FieldConflict } from '../../shared/model/index.js';
import type { ConflictChoice, Provenance } from '../db';
import { t } from '../i18n/t';
import { conflictPathLabel } from './fieldLabel';
import { describeValue, entryLabelOf } from './describeValue';
import { editableFields } from './conflictEditing';
import { ConflictEditor } from './ConflictEditor';
import { ProvenanceText } from './ProvenanceText';
import { formatDateTime } from './formatDateTime';
import { jsonEqual } from '../../shared/merge/jsonEqual.js';

/** The value the record shows now at a conflict's path (the merge's deterministic pick). */
function shownValue(current: Record<string, unknown>, path: string): unknown {
  const slash = path.indexOf('/');
  if (slash < 0) return current[path];
  const list = current[path.slice(0, slash)];
  const id = path.slice(slash + 1);
  return Array.isArray(list)
    ? (list.find((e: unknown) => (e as { id?: unknown } | null)?.id === id) ?? null)
    : null;
}

/** One conflicting field or entry: its versions side by side, and Edit to type a new one. */
export function ConflictItem({
  entity,
  conflict,
  current,
  provenance,
  chosen,
  disabled,
  onChoose,
}: {
  entity: EntityKind;
  conflict: FieldConflict;
  current: Record<string, unknown>;
  provenance: Map<string, Provenance> | undefined;
  chosen: ConflictChoice | null;
  disabled: boolean;
  onChoose: (value: unknown) => void;
}) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const label = conflictPathLabel(
    entity,
    conflict.path,
    entryLabelOf(conflict.versions.map((v) => v.value)),
  );
  const shown = shownValue(current, conflict.path);
  // Edit starts from what is shown, or from the latest version that still has the entry.
  const base =
    shown ?? [...conflict.versions].reverse().find((v) => v.value !== null)?.value ?? null;
  const fields = editableFields(base, conflict.path);

  return (
    <div className="conflict" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{label}</h3>
      <ul className="conflict-versions">
        {conflict.versions.map((version) => {
          const isShown = jsonEqual(shown ?? null, version.value);
          const isChosen =
            chosen !== null && JSON.stringify(chosen.value) === JSON.stringify(version.value);
          const who = t('bundle.conflict.versionBy', {
            name: version.by.name,
            date: formatDateTime(version.at),
          });
          return (
            <li
              key={version.revisionId}
              className={isChosen ? 'conflict-version chosen' : 'conflict-version'}
            >
              <article aria-label={who}>
                <p className="conflict-value">{describeValue(version.value, conflict.path)}</p>
                <p className="muted small-text">
                  {who}
                  {isShown ? (
                    <span className="shown-now"> · {t('bundle.conflict.shown')}</span>
                  ) : null}
                </p>
                <p className="muted small-text">
                  <ProvenanceText provenance={provenance?.get(version.revisionId)} />
                </p>
                <button
                  type="button"
                  className="small"
                  aria-pressed={chosen === null ? undefined : isChosen}
                  disabled={disabled}
                  onClick={() => onChoose(version.value)}
                >
                  {t('bundle.conflict.keep')}
                </button>
              </article>
            </li>
          );
        })}
      </ul>
      {fields === null ? null : editing ? (
        <ConflictEditor
          label={label}
          fields={fields}
          base={base}
          disabled={disabled}
          onSave={(value) => {
            setEditing(false);
            onChoose(value);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <button
          type="button"
          className="small"
          disabled={disabled}
          onClick={() => setEditing(true)}
        >
          {t('bundle.conflict.edit')}
        </button>
      )}
    </div>
  );
}
