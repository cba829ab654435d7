/**
 * What "Edit" offers for a conflicting value: text fields for its words. A plain text field
 * (occupation, a title) is one field; an entry of a list (a name, a place of detention) is a
 * field per text property, the rest of the entry kept as shown. Values with no words to type
 * (a choice from a list, a number, a deletion) are settled by keeping a version instead.
 */
export interface EditableField {
  /** The property edited; '' for the value itself. */
  key: string;
  value: string;
  /** The value was null (not recorded): an emptied field goes back to null, not ''. */
  wasNull: boolean;
}

const TEXT_KEYS = ['text', 'name', 'role', 'place', 'date', 'from', 'to', 'court', 'note'];

/** The fields to type in, or null when the value cannot be edited as text. */
export function editableFields(value: unknown, path: string): EditableField[] | null {
  if (path === '$deleted') return null;
  if (typeof value === 'string') return [{ key: '', value, wasNull: false }];
  if (value === null && !path.includes('/')) return [{ key: '', value: '', wasNull: true }];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entry = value as Record<string, unknown>;
  const fields = TEXT_KEYS.filter(
    (k) => k in entry && (typeof entry[k] === 'string' || entry[k] === null),
  ).map((k) => ({ key: k, value: (entry[k] as string | null) ?? '', wasNull: entry[k] === null }));
  return fields.length > 0 ? fields : null;
}

/** The value with the typed words put back. */
export function applyEdits(base: unknown, fields: readonly EditableField[]): unknown {
  const typed = (f: EditableField) => (f.value.trim() === '' && f.wasNull ? null : f.value.trim());
  const whole = fields.find((f) => f.key === '');
  if (whole) return typed(whole);
  const entry = { ...(base as Record<string, unknown>) };
  for (const f of fields) entry[f.key] = typed(f);
  return entry;
}
