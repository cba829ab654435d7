import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/t';
import type { EditableField } from './conflictEditing';
import { applyEdits } from './conflictEditing';
import { FormActions } from '../components/form/FormActions';

const PART_KEYS = {
  text: 'bundle.part.text',
  name: 'bundle.part.name',
  role: 'bundle.part.role',
  place: 'bundle.part.place',
  date: 'bundle.part.date',
  from: 'bundle.part.from',
  to: 'bundle.part.to',
  court: 'bundle.part.court',
  note: 'bundle.part.note',
} as const satisfies Record<string, MessageKey>;
type PartKey = (typeof PART_KEYS)[keyof typeof PART_KEYS];

/**
 * Typing a new value for a conflict instead of keeping one side: the words of the value (or
 * of the entry) in text fields, started from what is shown. Escape cancels.
 */
export function ConflictEditor({
  label,
  fields,
  base,
  disabled,
  onSave,
  onCancel,
}: {
  label: string;
  fields: EditableField[];
  base: unknown;
  disabled: boolean;
  onSave: (value: unknown) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(fields);
  const idPrefix = useId();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('input, textarea')?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(applyEdits(base, draft));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <form ref={form} className="conflict-editor" onSubmit={submit} onKeyDown={onKeyDown}>
      {draft.map((field, i) => {
        const id = `${idPrefix}-${i}`;
        const partKey = (PART_KEYS as Partial<Record<string, PartKey>>)[field.key];
        const fieldLabel = field.key === '' ? label : partKey ? t(partKey) : field.key;
        const update = (value: string) =>
          setDraft((d) => d.map((f, j) => (j === i ? { ...f, value } : f)));
        return (
          <div className="field" key={field.key || 'value'}>
            <label htmlFor={id} className="field-label">
              {t('bundle.conflict.newValue', { field: fieldLabel })}
            </label>
            {field.value.length > 80 || field.key === 'note' || field.key === 'text' ? (
              <textarea
                id={id}
                rows={3}
                value={field.value}
                onChange={(e) => update(e.target.value)}
              />
            ) : (
              <input id={id} value={field.value} onChange={(e) => update(e.target.value)} />
            )}
          </div>
        );
      })}
      <FormActions
        submitLabel={t('bundle.conflict.useEdited')}
        onCancel={onCancel}
        busy={disabled}
        small
      />
    </form>
  );
}
