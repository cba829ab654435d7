import type { ImportChange } from '../../shared/bundle/previewImport.js';
import type { BundleManifest } from '../../shared/bundle/bundleManifest.js';
import type { EntityKind } from '../../shared/model/index.js';
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/t';
import { formatDateTime } from './formatDateTime';

/** Kinds of record in the order a person cares about them. */
export const ENTITY_ORDER: readonly EntityKind[] = [
  'case',
  'source',
  'citation',
  'note',
  'annotation',
  'tag',
];

const ENTITY_KEYS = {
  case: 'bundle.entity.case',
  source: 'bundle.entity.source',
  citation: 'bundle.entity.citation',
  note: 'bundle.entity.note',
  annotation: 'bundle.entity.annotation',
  tag: 'bundle.entity.tag',
} as const satisfies Record<EntityKind, MessageKey>;

export function entityWord(entity: EntityKind): string {
  return t(ENTITY_KEYS[entity]);
}

const CHANGE_KEYS = {
  added: 'bundle.change.added',
  updated: 'bundle.change.updated',
  conflicting: 'bundle.change.conflicting',
  deleted: 'bundle.change.deleted',
  unchanged: 'bundle.change.unchanged',
} as const satisfies Record<ImportChange, MessageKey>;

export function changeWord(change: ImportChange): string {
  return t(CHANGE_KEYS[change]);
}

/** "the whole archive", "3 chosen case files", "changes since the bundle of 2 Mar 2026, 14:03". */
export function scopeWords(scope: BundleManifest['scope']): string {
  const what =
    scope.kind === 'archive'
      ? t('bundle.scope.archive')
      : scope.kind === 'cases'
        ? t('bundle.scope.cases', { count: scope.caseIds?.length ?? 0 })
        : scope.since
          ? t('bundle.scope.changesSince', { date: formatDateTime(scope.since.at) })
          : t('bundle.scope.changes');
  return scope.recipient ? t('bundle.scope.for', { what, name: scope.recipient }) : what;
}
