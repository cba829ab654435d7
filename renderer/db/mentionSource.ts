import type { CaseNames } from './caseNameQueries.js';
import { listCaseNames } from './caseNameQueries.js';
import { displayNameOf } from '../../shared/model/index.js';
import { KartotekaDb, WORKER_OPEN } from './kartotekaDb.js';
import { JOURNAL_PREFIX, watchJournal } from './searchJournal.js';
import { journalOf, type JournalRead } from './searchIndexStore.js';

/** The saved search index's rows the mention worker reads, as one consistent snapshot. */
export interface SavedIndexSnapshot {
  meta: unknown;
  /** The saved people part, when asked for. */
  people: unknown;
  journal: JournalRead;
}

/**
 * What the mention worker needs of the archive, without Dexie: the names part the search
 * worker saves with the journal rows written since, the names of the case files a change or
 * a found mention names, and every case file's names when nothing is saved.
 */
export interface MentionSource {
  /** The saved index's meta row, its people part (when its key is given) and the journal, in one transaction. */
  readSaved(keys: { meta: string; people?: string }): Promise<SavedIndexSnapshot>;
  /** The named case files' names; a deleted one is missing from the map. */
  caseNames(ids: readonly string[]): Promise<Map<string, CaseNames>>;
  allCaseNames(): Promise<CaseNames[]>;
  /** Called after any commit that wrote the journal or the saved index. */
  watch(listener: () => void): () => void;
  close(): void;
}

export function mentionSourceOf(db: KartotekaDb): MentionSource {
  return {
    readSaved: (keys) =>
      db.transaction('r', db.searchIndex, async () => {
        const [meta, people] = await db.searchIndex.bulkGet(
          keys.people === undefined ? [keys.meta] : [keys.meta, keys.people],
        );
        const rows = await db.searchIndex.where('key').startsWith(JOURNAL_PREFIX).toArray();
        return { meta: meta?.value, people: people?.value, journal: journalOf(rows) };
      }),
    caseNames: async (ids) => {
      const rows = await db.cases.bulkGet([...ids]);
      const out = new Map<string, CaseNames>();
      for (const c of rows) {
        if (c) out.set(c.id, { id: c.id, displayName: displayNameOf(c), names: c.names });
      }
      return out;
    },
    allCaseNames: () => listCaseNames(db),
    watch: (listener) => watchJournal(db.name, listener),
    close: () => db.close(),
  };
}

/** Opens the archive `name` (already created by the window) for the mention worker. */
export async function openMentionSource(name: string): Promise<MentionSource> {
  const db = new KartotekaDb(name, WORKER_OPEN);
  await db.open();
  return mentionSourceOf(db);
}
