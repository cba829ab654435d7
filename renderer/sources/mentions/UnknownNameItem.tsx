import { useState } from 'react';
import { errorMessage } from '../../app/errorMessage';
import { t } from '../../i18n/t';
import type { Occurrence } from './MentionFinder';
import { spellingsOf } from './spellingsOf';

/**
 * A name in the source that matches no case file: where it occurs, and the two ways to take
 * it into the archive (link it to an existing case file, or start one), each citing its first
 * occurrence.
 */
export function UnknownNameItem({
  name,
  occurrences,
  activeMatch,
  onShow,
  onLink,
  onStart,
}: {
  name: string;
  occurrences: readonly Occurrence[];
  activeMatch: string | null;
  onShow: (o: Occurrence) => void;
  onLink: () => void;
  onStart: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const spellings = spellingsOf(occurrences);
  return (
    <li className="side-item mention-unknown">
      <span className="side-title">{name}</span>
      <span className="muted">
        {' · '}
        {t('mentions.count', { count: occurrences.length })}
      </span>
      {spellings.length > 1 ? (
        <p className="mention-spellings">
          <span className="visually-hidden">{t('mentions.spellings')}: </span>
          {spellings
            .map((s) => t('mentions.spelling', { spelling: s.text, count: s.count }))
            .join('; ')}
        </p>
      ) : null}
      <div className="side-actions">
        {occurrences.map((o, i) => {
          const active = activeMatch === `${o.start}-${o.end}`;
          return (
            <button
              key={`${o.start}-${o.end}`}
              type="button"
              className={`small subtle mention-chip${active ? ' active' : ''}`}
              aria-label={t('mentions.showOccurrence', { n: i + 1, text: o.text })}
              aria-current={active ? 'location' : undefined}
              onClick={() => onShow(o)}
            >
              {occurrences.length === 1 ? t('mentions.show') : i + 1}
            </button>
          );
        })}
        <button
          type="button"
          className="small"
          aria-label={t('mentions.linkName', { name })}
          onClick={onLink}
        >
          {t('mentions.link')}
        </button>
        <button
          type="button"
          className="small"
          disabled={busy}
          aria-label={t('mentions.startName', { name })}
          onClick={() => {
            setBusy(true);
            setError(null);
            onStart().catch((e: unknown) => {
              setBusy(false);
              setError(t('common.saveFailed', { reason: errorMessage(e) }));
            });
          }}
        >
          {t('mentions.start')}
        </button>
      </div>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
