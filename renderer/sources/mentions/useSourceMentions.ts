import { useEffect, useState, useSyncExternalStore } from 'react';
import { useArchive } from '../../db';
import { errorMessage } from '../../app/errorMessage';
import type { SourceMentions } from './MentionIndex';
import { mentionServiceFor } from './mentionServiceFor';

export interface SourceMentionsState {
  /** null until the first answer for this text. */
  mentions: SourceMentions | null;
  /** A search is under way (the first, or after the names changed). */
  finding: boolean;
  error: string | null;
}

interface Answer {
  text: string;
  mentions: SourceMentions | null;
  error: string | null;
}

/**
 * The people and unknown names a source text mentions. The archive's names are read,
 * indexed and kept up to date in a worker (see MentionService); this hook asks it about
 * `text`, and again when the names change, so no render and no edit of a case file does
 * that work on the window's thread.
 */
export function useSourceMentions(text: string | undefined): SourceMentionsState {
  const service = mentionServiceFor(useArchive());
  const revision = useSyncExternalStore(
    (listener) => service.subscribe(listener),
    () => service.revision,
  );
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (text === undefined) return;
    let live = true;
    service.find(text).then(
      (mentions) => {
        if (live) setAnswer({ text, mentions, error: null });
      },
      (error: unknown) => {
        if (live) setAnswer({ text, mentions: null, error: errorMessage(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [service, text, revision]);

  // Another source's answer is never shown; this source's stays up while names change.
  const current = answer !== null && answer.text === text ? answer : null;
  return {
    mentions: current?.mentions ?? null,
    finding: current === null || (current.mentions?.revision ?? revision) < revision,
    error: current?.error ?? service.error,
  };
}
