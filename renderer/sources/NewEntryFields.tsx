import { t } from '../i18n/t';
import { CASE_STATUSES, NAME_SCRIPTS } from '../components/options';
import { DateField, SelectField, TextAreaField, TextField } from '../components/form/fields';
import type { CreatableField, NewEntryDraft } from './newEntry';

/** The few fields of a new entry, per kind of fact; paths are "new.<draft field>". */
export function NewEntryFields({
  field,
  draft,
  onChange,
}: {
  field: CreatableField;
  draft: NewEntryDraft;
  onChange: (draft: NewEntryDraft) => void;
}) {
  const set =
    <K extends keyof NewEntryDraft>(key: K) =>
    (value: NewEntryDraft[K]) =>
      onChange({ ...draft, [key]: value });
  switch (field) {
    case 'statusHistory':
      return (
        <fieldset className="new-entry">
          <legend>{t('cite.newStatus')}</legend>
          <SelectField
            label={t('timeline.status')}
            path="new.status"
            value={draft.status}
            options={CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            onChange={set('status')}
          />
          <DateField
            label={t('timeline.date')}
            path="new.date"
            value={draft.date}

            onChange={set('date')}
          />
          <TextField
            label={t('timeline.note')}
            path="new.text"
            value={draft.text}
            maxLength={2000}
            onChange={set('text')}
          />
        </fieldset>
      );
    case 'events':
      return (
        <fieldset className="new-entry">
          <legend>{t('cite.newEvent')}</legend>
          <DateField
            label={t('timeline.date')}
            path="new.date"
            value={draft.date}

            onChange={set('date')}
          />
          <TextAreaField
            label={t('timeline.eventText')}
            path="new.text"
            rows={2}
            maxLength={2000}
            value={draft.text}
            onChange={set('text')}
          />
        </fieldset>
      );
    case 'names':
      return (
        <fieldset className="new-entry">
          <legend>{t('cite.newName')}</legend>
          <TextField
            label={t('names.text')}
            path="new.text"
            value={draft.text}
            maxLength={300}
            onChange={set('text')}
          />
          <SelectField
            label={t('names.script')}
            path="new.script"
            value={draft.script}
            options={NAME_SCRIPTS.map((s) => ({ value: s, label: t(`script.${s}`) }))}
            onChange={set('script')}
          />
        </fieldset>
      );
    case 'affiliations':
      return (
        <fieldset className="new-entry">
          <legend>{t('cite.newAffiliation')}</legend>
          <TextField
            label={t('affiliations.name')}
            path="new.text"
            value={draft.text}
            maxLength={300}
            onChange={set('text')}
          />
          <TextField
            label={t('affiliations.role')}
            path="new.role"
            value={draft.role}
            maxLength={300}
            onChange={set('role')}
          />
        </fieldset>
      );
    case 'detention':
      return (
        <fieldset className="new-entry">
          <legend>{t('cite.newDetention')}</legend>
          <TextField
            label={t('detention.place')}
            path="new.text"
            value={draft.text}
            maxLength={500}
            onChange={set('text')}
          />
          <DateField
            label={t('detention.from')}
            path="new.date"
            value={draft.date}
            onChange={set('date')}
          />
          <DateField
            label={t('detention.to')}
            path="new.to"
            value={draft.to}
            onChange={set('to')}
          />
        </fieldset>
      );
  }
}
