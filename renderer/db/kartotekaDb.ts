import Dexie from 'dexie';
import type { DBCore, Middleware, Table } from 'dexie';
import type {
  Annotation,
  CaseFile,
  Citation,
  Note,
  Source,
  SourceText,
  Stored,
  Tag,
} from '../../shared/model/index.js';
import type { RevisionPack } from './revisionPack.js';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from './schemaVersions.js';
import type { StagedRow, UndoProgress } from './stagedApply.js';
import { undoUnfinishedImport, waitForUnfinishedImport } from './stagedApply.js';
import { searchJournalMiddleware } from './searchJournal.js';
import { storedTextsMiddleware } from './storedTextsMiddleware.js';
import type { StoredSourceText } from './storedSourceText.js';
import { upgradeToV2 } from './upgradeToV2.js';
import { upgradeToV3 } from './upgradeToV3.js';
import { DEFAULT_ARCHIVE_NAME } from './archiveName.js';

export { DEFAULT_ARCHIVE_NAME };

/** A row of the settings table: actor profile, redaction profile, last bundle per colleague… */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** A row of the search index table, owned by the search module. */
export interface SearchIndexRow {
  key: string;
  value: unknown;
}

export interface KartotekaDbOptions {
  /**
   * DBCore middleware installed before the first open. This is the hook point for
   * encryption at rest: a middleware that encrypts values on `mutate` and decrypts them on
   * `get`/`getMany`/`query`/`openCursor` sees every read and write of every table, so the UI
   * and the repositories need not change. Tests use it for fault injection.
   */
  middleware?: readonly Middleware<DBCore>[];
  /** Told how far the open has got undoing an import the app stopped in the middle of. */
  onUndoImport?: (progress: UndoProgress) => void;
  /**
   * What the open does about an import the app stopped in the middle of: undo it (the
   * window, which shows it happening), or wait until it has been undone (workers: the search
   * worker starts before the window opens the archive, and an undo it ran would leave the
   * window saying only "Opening the archive…" for as long as it takes). Default: undo.
   */
  unfinishedImport?: 'undo' | 'wait';
}

/**
 * How a worker (search, mentions, bundles) opens an archive: the window undoes an unfinished
 * import and shows how far it has got; a worker waits for that.
 */
export const WORKER_OPEN: Readonly<KartotekaDbOptions> = { unfinishedImport: 'wait' };

/**
 * The archive database. Every table lives here and only renderer/db/ may import this module,
 * so all reads and writes pass through one Dexie instance (and its middleware stack).
 */
export class KartotekaDb extends Dexie {
  declare cases: Table<Stored<CaseFile>, string>;
  declare sources: Table<Stored<Source>, string>;
  /** Read as text; written as text or as UTF-8 bytes (storedTextsMiddleware). */
  declare sourceTexts: Table<SourceText, string, StoredSourceText>;
  declare citations: Table<Stored<Citation>, string>;
  declare annotations: Table<Stored<Annotation>, string>;
  declare notes: Table<Stored<Note>, string>;
  declare tags: Table<Stored<Tag>, string>;
  /** Read and written only through revisionPackStore.ts (and filled by upgradeToV3). */
  declare revisionPacks: Table<RevisionPack, string>;
  declare settings: Table<SettingRow, string>;
  declare searchIndex: Table<SearchIndexRow, string>;
  /** Read and written only through stagedApply.ts: empty unless a large import is under way. */
  declare stagedImport: Table<StagedRow, string>;

  constructor(name: string = DEFAULT_ARCHIVE_NAME, options: KartotekaDbOptions = {}) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4);
    // Encryption at rest goes here, as the first middleware, before anything opens the database.
    for (const middleware of options.middleware ?? []) this.use(middleware);
    // Texts are stored as UTF-8 and read back as text.
    this.use(storedTextsMiddleware);
    // Every write to the searched tables names its keys for the search worker.
    this.use(searchJournalMiddleware);
    // Before anything reads the archive, an import the app stopped in the middle of is undone.
    // Dexie holds every other request until this resolves; `vip` is the instance that may run
    // requests meanwhile.
    this.on('ready', (vip) =>
      options.unfinishedImport === 'wait'
        ? waitForUnfinishedImport(vip as KartotekaDb)
        : undoUnfinishedImport(vip as KartotekaDb, options.onUndoImport),
    );
  }
}
