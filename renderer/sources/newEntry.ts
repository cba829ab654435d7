import type {
  Affiliation,
  CaseFactField,
  CaseFile,
  CaseStatus,
  DetentionPlace,
  NameEntry,
  NameScript,
  StatusEntry,
  TimelineEvent,
} from '../../shared/model/index.js';
import { newId } from '../../shared/model/index.js';

/**
 * An entry created from the cite dialog, for a fact the case file does not record yet:
 * researchers often read something new in the very passage they are citing. Every field
 * is text as typed; the case file schema checks it on save.
 */
export interface NewEntryDraft {
  status: CaseStatus;
  date: string;
  to: string;
  text: string;
  role: string;
  script: NameScript;
}

/** Fields where the dialog can add an entry (a legal case needs the full form). */
export const CREATABLE_FIELDS = [
  'names',
  'statusHistory',
  'events',
  'affiliations',
  'detention',
] as const;
export type CreatableField = (typeof CREATABLE_FIELDS)[number];

export function isCreatable(field: CaseFactField): field is CreatableField {
  return (CREATABLE_FIELDS as readonly string[]).includes(field);
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The case file with the new entry appended, and the entry's id (for the citation). */
export function withNewEntry(
  c: CaseFile,
  field: CreatableField,
  d: NewEntryDraft,
  id = newId(),
): CaseFile {
  switch (field) {
    case 'names': {
      const hasPrimary = c.names.some((n) => n.script === d.script && n.kind === 'primary');
      const entry: NameEntry = {
        id,
        text: d.text.trim(),
        script: d.script,
        kind: hasPrimary ? 'alias' : 'primary',
      };
      return { ...c, names: [...c.names, entry] };
    }
    case 'statusHistory': {
      const entry: StatusEntry = {
        id,
        status: d.status,
        date: orNull(d.date),
        note: d.text.trim(),
      };
      return { ...c, statusHistory: [...c.statusHistory, entry] };
    }
    case 'events': {
      const entry: TimelineEvent = { id, date: orNull(d.date), text: d.text.trim() };
      return { ...c, events: [...c.events, entry] };
    }
    case 'affiliations': {
      const entry: Affiliation = { id, name: d.text.trim(), role: d.role.trim() };
      return { ...c, affiliations: [...c.affiliations, entry] };
    }
    case 'detention': {
      const entry: DetentionPlace = {
        id,
        place: d.text.trim(),
        from: orNull(d.date),
        to: orNull(d.to),
        note: '',
      };
      return { ...c, detention: [...c.detention, entry] };
    }
  }
}

/** Which draft field shows the schema's message about a field of the new entry. */
export const DRAFT_FIELD_OF: Record<CreatableField, Record<string, keyof NewEntryDraft>> = {
  names: { text: 'text', script: 'script' },
  statusHistory: { status: 'status', date: 'date', note: 'text' },
  events: { date: 'date', text: 'text' },
  affiliations: { name: 'text', role: 'role' },
  detention: { place: 'text', from: 'date', to: 'to' },
};
