import { t } from '../i18n/t';
import './bundles.css';

/** Marks a record that holds conflicts, in lists: visible words, not only a colour. */
export function ConflictBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="badge badge-conflict" title={t('bundle.conflict.badgeHint')}>
      {t('bundle.conflict.badge', { count })}
    </span>
  );
}
