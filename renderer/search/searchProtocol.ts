import { CASE_STATUSES } from '../../shared/model/caseStatuses.js';
import { z } from '../../shared/model/zodMini.js';
import type { SearchResults } from '../../shared/search/index.js';

/**
 * Messages between the window (ArchiveSearch) and the search worker (searchWorker.ts). The
 * worker parses what it receives with these schemas: a message it cannot read is answered
 * with an error, never acted on.
 */

export interface IndexProgress {
  done: number;
  total: number;
}

/**
 * none: nothing restored yet; people: case files, notes and annotations answer (the source
 * bodies are still loading); all: the whole index answers.
 */
export type IndexLoaded = 'none' | 'people' | 'all';

export interface IndexStatus {
  /** Bumped whenever the index's content changes, so views re-run their search. */
  revision: number;
  loaded: IndexLoaded;
  /** Progress of a rebuild or a large catch-up; null when idle. */
  progress: IndexProgress | null;
  /** Why the index is unusable (the archive could not be opened), or null. */
  failure: string | null;
  /** Documents in the index. */
  docs: number;
  /**
   * Every indexed source's text is in the worker's memory (its text pack): searches read none
   * from the database. Filled in the background after a rebuild or an import.
   */
  textsHeld: boolean;
  /**
   * The time the worker's warm-up searches took, their own (SearchWorkerCore.warmUp), once
   * they are done; null before, and for an archive too small to need them.
   */
  warmUpMs: number | null;
}

export interface SearchCallOptions {
  /** Hits per group. Default 5 (the popover). */
  limit?: number;
  /** Match names across scripts and romanisations. Default true. */
  crossScript?: boolean;
}

const strings = z.optional(z.array(z.string()));
const filtersSchema = z.strictObject({
  statuses: z.optional(z.array(z.enum(CASE_STATUSES))),
  tags: strings,
  articles: z.optional(z.array(z.object({ article: z.string(), part: z.nullable(z.string()) }))),
  publishers: strings,
  from: z.optional(z.string()),
  to: z.optional(z.string()),
  groups: z.optional(z.array(z.enum(['cases', 'sources', 'notes']))),
});

const toWorkerSchema = z.discriminatedUnion('type', [
  /**
   * The first message: which archive (IndexedDB database) to open. `ahead`: sent by
   * prestartSearchWorker, before the window is there; the window's own `open` of the same
   * archive then only says it has come.
   */
  z.object({
    type: z.literal('open'),
    archive: z.string().check(z.minLength(1)),
    ahead: z.optional(z.boolean()),
  }),
  z.object({
    type: z.literal('search'),
    id: z.int(),
    text: z.string(),
    filters: z.optional(filtersSchema),
    limit: z.optional(z.int().check(z.positive(), z.maximum(1000))),
    crossScript: z.optional(z.boolean()),
  }),
  /** Records changed (the window saw a commit): catch up with the journal. */
  z.object({ type: z.literal('changed') }),
  /** Answer once every queued update is applied; save first when `save`. */
  z.object({ type: z.literal('settle'), id: z.int(), save: z.boolean() }),
]);

export type ToWorker = z.infer<typeof toWorkerSchema>;

export type FromWorker =
  | { type: 'status'; status: IndexStatus }
  | {
      type: 'results';
      id: number;
      results: SearchResults | null;
      /** Answered before the whole index was in: the sources group may be missing hits. */
      partial: boolean;
      /** Time the worker spent on the search, ms. */
      workerMs: number;
    }
  | { type: 'settled'; id: number; saveMs: number | null }
  | { type: 'error'; id: number | null; message: string };

export function parseToWorker(data: unknown): ToWorker | { error: string } {
  const parsed = toWorkerSchema.safeParse(data);
  return parsed.success ? parsed.data : { error: parsed.error.message };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The window's check of a worker message: the envelope, not every field of the results. */
export function parseFromWorker(data: unknown): FromWorker | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'status':
      return isRecord(data.status) && typeof data.status.revision === 'number'
        ? (data as FromWorker)
        : null;
    case 'results':
      return typeof data.id === 'number' &&
        (data.results === null || isRecord(data.results)) &&
        typeof data.partial === 'boolean'
        ? (data as FromWorker)
        : null;
    case 'settled':
      return typeof data.id === 'number' ? (data as FromWorker) : null;
    case 'error':
      return typeof data.message === 'string' ? (data as FromWorker) : null;
    default:
      return null;
  }
}
