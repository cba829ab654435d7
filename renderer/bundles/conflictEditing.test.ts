import { describe, expect, it } from 'vitest';
import { applyEdits, editableFields } from './conflictEditing';

describe('editing a conflicting value', () => {
  it('edits a text field as one field', () => {
    const fields = editableFields('politician', 'occupation');
    expect(fields).toEqual([{ key: '', value: 'politician', wasNull: false }]);
    expect(applyEdits('politician', [{ key: '', value: ' officer ', wasNull: false }])).toBe(
      'officer',
    );
  });

  it('edits the words of an entry and keeps the rest of it', () => {
    const place = { id: 'x', place: 'Hlybokaje', from: '2021', to: null, note: '' };
    const fields = editableFields(place, 'detention/x');
    expect(fields?.map((f) => f.key)).toEqual(['place', 'from', 'to', 'note']);
    const edited = (fields ?? []).map((f) => (f.key === 'place' ? { ...f, value: 'Mahilioŭ' } : f));
    expect(applyEdits(place, edited)).toEqual({ ...place, place: 'Mahilioŭ' });
  });

  it('offers no text for a deletion or a value without words', () => {
    expect(editableFields(true, '$deleted')).toBeNull();
    expect(editableFields(3, 'months')).toBeNull();
    expect(editableFields(null, 'names/x')).toBeNull();
  });
});
