import type { SourceMentions } from './MentionIndex';

/**
 * Messages to the mentions worker: first `open` (the archive database's name, which the
 * worker watches for changes of names itself), then any number of `find`.
 */
export type MentionRequest =
  { type: 'open'; archive: string } | { type: 'find'; requestId: number; text: string };

export type MentionReply =
  /** The names changed: finds made before are out of date. */
  | { type: 'changed'; revision: number }
  | { type: 'found'; requestId: number; mentions: SourceMentions }
  | { type: 'failed'; requestId: number | null; message: string };
