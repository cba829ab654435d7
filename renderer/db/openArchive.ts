import Dexie from 'dexie';
import type { Archive } from './archiveTypes.js';
import { createAnnotationRepository } from './annotationRepository.js';
import { createArchiveRepository } from './archiveRepository.js';
import { createCaseFileRepository } from './caseFileRepository.js';
import { createCitationRepository } from './citationRepository.js';
import type { KartotekaDbOptions } from './kartotekaDb.js';
import { DEFAULT_ARCHIVE_NAME, KartotekaDb } from './kartotekaDb.js';
import { createNoteRepository } from './noteRepository.js';
import { createSearchIndexStore } from './searchIndexStore.js';
import { createSettingsRepository } from './settingsRepository.js';
import { createSourceRepository } from './sourceRepository.js';
import { createStorageRepository } from './storageRepository.js';
import { createTagRepository } from './tagRepository.js';

/** How a worker opens an archive (kartotekaDb.ts says why). */
export { WORKER_OPEN } from './kartotekaDb.js';

/**
 * The database behind each Archive, for the live-query hooks. Kept out of the Archive object
 * so that the UI holds repositories, never the database itself.
 */
const databases = new WeakMap<Archive, KartotekaDb>();

export function databaseOf(archive: Archive): KartotekaDb {
  const db = databases.get(archive);
  if (!db) throw new Error('this archive was not made by openArchive');
  return db;
}

/** The repositories over an already constructed database (tests pass one with middleware). */
export function createArchive(db: KartotekaDb): Archive {
  const archive: Archive = {
    name: db.name,
    caseFiles: createCaseFileRepository(db),
    sources: createSourceRepository(db),
    citations: createCitationRepository(db),
    annotations: createAnnotationRepository(db),
    notes: createNoteRepository(db),
    tags: createTagRepository(db),
    archive: createArchiveRepository(db),
    settings: createSettingsRepository(db),
    storage: createStorageRepository(),
    searchIndex: createSearchIndexStore(db),
    close: () => db.close(),
  };
  databases.set(archive, db);
  return archive;
}

/**
 * Opens the archive database (creating it, or upgrading an older schema, first), so that a
 * failed upgrade surfaces here rather than at the first query.
 */
export async function openArchive(
  name: string = DEFAULT_ARCHIVE_NAME,
  options?: KartotekaDbOptions,
): Promise<Archive> {
  const db = new KartotekaDb(name, options);
  await db.open();
  return createArchive(db);
}

/** Deletes a whole archive database: tests, separate profiles, and later the emergency wipe. */
export function deleteArchive(name: string): Promise<void> {
  return Dexie.delete(name);
}
