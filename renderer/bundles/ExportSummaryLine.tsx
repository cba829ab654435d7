import type { BundleSelection } from '../../shared/bundle/selectForCases.js';
import type { EntityKind } from '../../shared/model/index.js';
import { t } from '../i18n/t';
import { ENTITY_ORDER, entityWord } from './entityWords';

/** What the bundle would hold, counted from the dialog's snapshot, before it is made. */
export function ExportSummaryLine({
  selection,
  loading,
  nothingToSend,
  colleague,
}: {
  selection: BundleSelection | null;
  loading: boolean;
  nothingToSend: boolean;
  colleague: string;
}) {
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (selection === null) return null;
  if (nothingToSend) {
    return (
      <p className="export-summary" role="status">
        {t('bundle.export.nothingNew', { name: colleague })}
      </p>
    );
  }
  const records = new Map<EntityKind, Set<string>>();
  for (const r of selection.revisions) {
    const set = records.get(r.entity) ?? new Set<string>();
    set.add(r.recordId);
    records.set(r.entity, set);
  }
  const parts = ENTITY_ORDER.filter((e) => records.has(e)).map(
    (e) => `${entityWord(e)}: ${records.get(e)?.size ?? 0}`,
  );
  return (
    <p className="export-summary" role="status">
      {t('bundle.export.willHold', {
        records: parts.join(', ') || t('bundle.export.noRecords'),
        count: selection.revisions.length,
        texts: selection.textHashes.length,
      })}
    </p>
  );
}
