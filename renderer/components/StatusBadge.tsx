import type { CaseStatus } from '../../shared/model/index.js';
import { t } from '../i18n/t';

/** Statuses grouped by what they mean for the person, so colour carries meaning. */
const TONE: Record<CaseStatus, 'held' | 'free' | 'exile' | 'grave' | 'unknown'> = {
  detained: 'held',
  convicted: 'held',
  held_incommunicado: 'grave',
  released: 'free',
  pardoned: 'free',
  forcibly_exiled: 'exile',
  died_in_custody: 'grave',
  whereabouts_unknown: 'unknown',
};

export function StatusBadge({ status }: { status: CaseStatus | null }) {
  if (status === null) return <span className="badge badge-none">{t('cases.noStatus')}</span>;
  return <span className={`badge badge-${TONE[status]}`}>{t(`status.${status}`)}</span>;
}
