import { useEffect, useMemo, useRef, useState } from 'react';
import { selectorFromRange } from '../../../shared/anchoring/anchorSelector';
import type { CitationView } from '../../db';
import { mentionRepositoryOf, useArchive } from '../../db';
import { guessScript } from '../../cases/guessScript';
import { t } from '../../i18n/t';
import { href, replaceRoute } from '../../router/navigation';
import { matchParam } from '../../search/matchRange';
import { KnownPersonItem } from './KnownPersonItem';
import { LinkMentionDialog } from './LinkMentionDialog';
import type { Occurrence } from './MentionFinder';
import { passageAround } from './passageAround';
import { UnknownNameItem } from './UnknownNameItem';
import { useSourceMentions } from './useSourceMentions';
import './mentions.css';

interface Notice {
  message: string;
  caseId: string | null;
}

/**
 * Mentions: the people in the archive this source names, in whatever spelling, and the
 * person-like names in it that match no case file, each one step from a citation.
 */
export function MentionsPanel({
  sourceId,
  text,
  citations,
  match,
}: {
  sourceId: string;
  text: string;
  citations: readonly CitationView[] | undefined;
  /** The passage shown from the route (?at=start-end), to mark the occurrence being looked at. */
  match: string | null;
}) {
  const archive = useArchive();
  const repository = useMemo(() => mentionRepositoryOf(archive), [archive]);
  const { mentions, finding, error } = useSourceMentions(text);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [linking, setLinking] = useState<{ name: string; occurrence: Occurrence } | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    // The item acted on may leave the list (a linked name becomes a known person): keep the
    // keyboard on the outcome rather than dropping it on the page.
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const show = (o: Occurrence) =>
    replaceRoute({
      name: 'source',
      id: sourceId,
      citationId: null,
      annotationId: null,
      match: matchParam(o),
    });
  const selectorOf = (o: Occurrence) => {
    const passage = passageAround(text, o.start16, o.end16);
    return selectorFromRange(text, passage.start16, passage.end16);
  };

  const people = mentions?.people ?? [];

  return (
    <section aria-labelledby="source-mentions-title" className="mentions-panel">
      <h2 id="source-mentions-title">{t('mentions.title')}</h2>
      <p role="status" className="muted mentions-status">
        {finding ? t(mentions ? 'mentions.updating' : 'mentions.finding') : ''}
      </p>
      {error ? (
        <p className="error-text" role="alert">
          {t('mentions.failed', { reason: error })}
        </p>
      ) : null}
      {notice ? (
        <p className="notice" role="status" tabIndex={-1} ref={noticeRef}>
          {notice.message}{' '}
          {notice.caseId ? (
            <a href={href.caseFile(notice.caseId)}>{t('mentions.openCase')}</a>
          ) : null}
        </p>
      ) : null}
      {mentions ? (
        <>
          <h3 id="mentions-known-title">{t('mentions.knownTitle')}</h3>
          {people.length === 0 ? <p className="muted">{t('mentions.noKnown')}</p> : null}
          <ul className="side-list" aria-labelledby="mentions-known-title">
            {people.map(({ person, occurrences }) => (
              <KnownPersonItem
                key={person.id}
                person={person}
                occurrences={occurrences}
                citations={citations ?? []}
                sourceId={sourceId}
                text={text}
                activeMatch={match}
                repository={repository}
                onShow={show}
                onCited={(caseName) =>
                  setNotice({ message: t('mentions.citedNotice', { caseName }), caseId: null })
                }
              />
            ))}
          </ul>
          <h3 id="mentions-unknown-title">{t('mentions.unknownTitle')}</h3>
          {mentions.unknown.length === 0 ? (
            <p className="muted">{t('mentions.noUnknown')}</p>
          ) : null}
          <ul className="side-list" aria-labelledby="mentions-unknown-title">
            {mentions.unknown.map((u) => {
              const first = u.occurrences[0];
              if (!first) return null;
              return (
                <UnknownNameItem
                  key={`${first.start}-${u.name}`}
                  name={u.name}
                  occurrences={u.occurrences}
                  activeMatch={match}
                  onShow={show}
                  onLink={() => setLinking({ name: u.name, occurrence: first })}
                  onStart={async () => {
                    const { caseId } = await repository.startCase({
                      name: u.name,
                      script: guessScript(u.name),
                      sourceId,
                      selector: selectorOf(first),
                    });
                    setNotice({ message: t('mentions.started', { name: u.name }), caseId });
                  }}
                />
              );
            })}
          </ul>
        </>
      ) : null}
      {linking ? (
        <LinkMentionDialog
          name={linking.name}
          quote={selectorOf(linking.occurrence).exact}
          onClose={() => setLinking(null)}
          onLink={async (caseFile, addName) => {
            await repository.link({
              caseId: caseFile.id,
              sourceId,
              selector: selectorOf(linking.occurrence),
              name: linking.name,
              script: guessScript(linking.name),
              addName,
            });
            setLinking(null);
            setNotice({
              message: t('mentions.linked', { name: linking.name, caseName: caseFile.displayName }),
              caseId: caseFile.id,
            });
          }}
        />
      ) : null}
    </section>
  );
}
