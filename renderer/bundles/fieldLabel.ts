import type { EntityKind } from '../../shared/model/index.js';
import { DELETED_CONFLICT_PATH } from '../../shared/merge/mergeState.js';
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/t';

/**
 * The words for a record's field in conflict and history views ("Occupation", "Names").
 * Fields without their own words fall back to the field's name, so a field added to the
 * model later still shows, if less nicely.
 */
const FIELD_KEYS = {
  'case.names': 'bundle.field.names',
  'case.birthDate': 'bundle.field.birthDate',
  'case.gender': 'bundle.field.gender',
  'case.occupation': 'bundle.field.occupation',
  'case.affiliations': 'bundle.field.affiliations',
  'case.statusHistory': 'bundle.field.statusHistory',
  'case.events': 'bundle.field.events',
  'case.legalCases': 'bundle.field.legalCases',
  'case.detention': 'bundle.field.detention',
  'case.tagIds': 'bundle.field.tags',
  'case.photoSha256': 'bundle.field.photo',
  'source.title': 'bundle.field.title',
  'source.publisher': 'bundle.field.publisher',
  'source.author': 'bundle.field.author',
  'source.date': 'bundle.field.date',
  'source.url': 'bundle.field.url',
  'source.sha256': 'bundle.field.text',
  'note.body': 'bundle.field.noteBody',
  'note.private': 'bundle.field.private',
  'tag.name': 'bundle.field.tagName',
  'tag.description': 'bundle.field.description',
  'citation.note': 'bundle.field.note',
  'annotation.note': 'bundle.field.note',
} as const satisfies Record<string, MessageKey>;
type FieldKey = (typeof FIELD_KEYS)[keyof typeof FIELD_KEYS];

export function fieldLabel(entity: EntityKind, field: string): string {
  if (field === DELETED_CONFLICT_PATH) return t('bundle.field.deleted');
  const key = (FIELD_KEYS as Partial<Record<string, FieldKey>>)[`${entity}.${field}`];
  return key ? t(key) : field;
}

/** A conflict path as words: "Occupation", or "Names: Statkievič" for one entry of a list. */
export function conflictPathLabel(entity: EntityKind, path: string, entryLabel: string): string {
  const slash = path.indexOf('/');
  if (slash < 0) return fieldLabel(entity, path);
  const field = fieldLabel(entity, path.slice(0, slash));
  return entryLabel ? `${field}: ${entryLabel}` : field;
}
