import type { Provenance } from '../db';
import { t } from '../i18n/t';
import { formatDateTime } from './formatDateTime';

/** Which bundle brought a revision into this archive, or that it was made here. */
export function ProvenanceText({ provenance }: { provenance: Provenance | null | undefined }) {
  if (provenance === undefined) return null;
  if (provenance === null) return <>{t('bundle.provenance.unknown')}</>;
  if (provenance.bundleId === null) return <>{t('bundle.provenance.here')}</>;
  const { bundle } = provenance;
  return (
    <span title={t('bundle.provenance.bundleId', { id: provenance.bundleId })}>
      {bundle
        ? t('bundle.provenance.bundleFrom', {
            name: bundle.exportedBy.name,
            date: formatDateTime(bundle.createdAt),
          })
        : t('bundle.provenance.bundle', { date: formatDateTime(provenance.receivedAt) })}
    </span>
  );
}
