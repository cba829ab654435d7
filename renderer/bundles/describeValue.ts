import { PartialDate, formatPartialDate } from '../../shared/model/index.js';
import { t } from '../i18n/t';

/**
 * A conflicting value as a person reads it: text as it is, a partial date as a date, an entry
 * of a list (a name, a status, a place of detention) as its words joined, a removed entry or
 * an empty field said so. Never JSON: researchers compare the words.
 */
export function describeValue(value: unknown, path: string): string {
  if (path === '$deleted')
    return value === true ? t('bundle.value.deleted') : t('bundle.value.kept');
  if (value === null || value === undefined)
    return path.includes('/') ? t('bundle.value.removed') : t('bundle.value.empty');
  if (typeof value === 'string') {
    if (value === '') return t('bundle.value.empty');
    return PartialDate.safeParse(value).success ? formatPartialDate(value) : value;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? t('bundle.value.yes') : t('bundle.value.no');
  if (Array.isArray(value)) {
    const items = value
      .map((v) => describeValue(v, ''))
      .filter((s) => s !== t('bundle.value.empty'));
    return items.length > 0 ? items.join('; ') : t('bundle.value.empty');
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(
        ([k, v]) => k !== 'id' && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0),
      )
      .map(([, v]) => describeValue(v, ''));
    return parts.length > 0 ? parts.join(' · ') : t('bundle.value.empty');
  }
  return String(value);
}

/** A short label for one entry of a list, from the versions of a conflict on it. */
export function entryLabelOf(values: readonly unknown[]): string {
  for (const v of values) {
    if (typeof v !== 'object' || v === null) continue;
    const o = v as Record<string, unknown>;
    for (const key of ['text', 'name', 'place', 'status', 'court', 'date']) {
      const s = o[key];
      if (typeof s === 'string' && s !== '')
        return [...s].length > 60 ? `${[...s].slice(0, 59).join('')}…` : s;
    }
  }
  return '';
}
