import { useRef, useState } from 'react';
import { selectorFromRange } from '../../../shared/anchoring/anchorSelector';
import type { CaseNames, CitationView, MentionRepository } from '../../db';
import { errorMessage } from '../../app/errorMessage';
import { t } from '../../i18n/t';
import { href } from '../../router/navigation';
import type { Occurrence } from './MentionFinder';
import { nameEntryForMention } from './nameEntryForMention';
import { occurrenceCited } from './occurrenceCited';
import { passageAround } from './passageAround';
import { spellingsOf } from './spellingsOf';

/**
 * A person in the archive whom the source names: their case file, the spellings used here,
 * and each occurrence with a way to show it and, until it is, to cite it for them.
 */
export function KnownPersonItem({
  person,
  occurrences,
  citations,
  sourceId,
  text,
  activeMatch,
  repository,
  onShow,
  onCited,
}: {
  person: CaseNames;
  occurrences: readonly Occurrence[];
  citations: readonly CitationView[];
  sourceId: string;
  text: string;
  activeMatch: string | null;
  repository: MentionRepository;
  onShow: (o: Occurrence) => void;
  onCited: (caseName: string) => void;
}) {
  const cited = occurrences.map((o) => occurrenceCited(citations, person.id, o));
  const citedCount = cited.filter(Boolean).length;
  const spellings = spellingsOf(occurrences);
  const listId = `mentions-of-${person.id}`;
  return (
    <li className="side-item mention-person">
      <a href={href.caseFile(person.id)} className="side-title">
        {person.displayName}
      </a>
      <span className="muted">
        {' · '}
        {t('mentions.count', { count: occurrences.length })}
        {' · '}
        {t('mentions.citedCount', { cited: citedCount, total: occurrences.length })}
      </span>
      <p className="mention-spellings">
        <span className="visually-hidden">{t('mentions.spellings')}: </span>
        {spellings.map((s, i) => (
          <span key={s.text}>
            {i > 0 ? ', ' : ''}
            <span className="mention-spelling">{s.text}</span>
            {s.count > 1 ? <span className="muted"> ×{s.count}</span> : null}
          </span>
        ))}
      </p>
      <ol
        id={listId}
        className="mention-occurrences"
        aria-label={t('mentions.occurrences', { name: person.displayName })}
      >
        {occurrences.map((o, i) => (
          <OccurrenceRow
            key={`${o.start}-${o.end}`}
            n={i + 1}
            occurrence={o}
            cited={cited[i] ?? false}
            active={activeMatch === `${o.start}-${o.end}`}
            caseName={person.displayName}
            onShow={() => onShow(o)}
            onCite={async () => {
              const entry = nameEntryForMention(person.names, o.text);
              if (!entry) throw new Error('the case file has no name');
              const passage = passageAround(text, o.start16, o.end16);
              await repository.cite({
                caseId: person.id,
                nameEntryId: entry.id,
                sourceId,
                selector: selectorFromRange(text, passage.start16, passage.end16),
              });
              onCited(person.displayName);
            }}
          />
        ))}
      </ol>
    </li>
  );
}

function OccurrenceRow({
  n,
  occurrence,
  cited,
  active,
  caseName,
  onShow,
  onCite,
}: {
  n: number;
  occurrence: Occurrence;
  cited: boolean;
  active: boolean;
  caseName: string;
  onShow: () => void;
  onCite: () => Promise<void>;
}) {
  const showRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <li className={`mention-occurrence${active ? ' active' : ''}`}>
      <span className="mention-n" aria-hidden="true">
        {n}
      </span>
      <span className="mention-text">{occurrence.text}</span>
      <span className="side-actions">
        <button
          ref={showRef}
          type="button"
          className="small subtle"
          aria-label={t('mentions.showOccurrence', { n, text: occurrence.text })}
          aria-current={active ? 'location' : undefined}
          onClick={onShow}
        >
          {t('mentions.show')}
        </button>
        {cited ? (
          <span className="badge badge-free">{t('mentions.cited')}</span>
        ) : (
          <button
            type="button"
            className="small"
            disabled={busy}
            aria-label={t('mentions.citeOccurrence', { n, caseName })}
            onClick={() => {
              setBusy(true);
              setError(null);
              onCite().then(
                () => {
                  setBusy(false);
                  // The Cite button gives way to "Cited": keep the keyboard in this row.
                  showRef.current?.focus();
                },
                (e: unknown) => {
                  setBusy(false);
                  setError(t('common.saveFailed', { reason: errorMessage(e) }));
                },
              );
            }}
          >
            {t('mentions.cite')}
          </button>
        )}
      </span>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
