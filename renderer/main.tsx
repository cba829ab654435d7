import { DEFAULT_ARCHIVE_NAME } from './db/archiveName';
import { warmUpArchive } from './db/warmUpArchive';
import { prestartSearchWorker } from './search/spareSearchWorker';

// The window's first chunk is only this: it starts the search worker, which loads, opens the
// archive and restores the saved index while the app's own (much larger) code loads and
// renders, instead of after it. On a large archive that is most of the wait for a first result.
// The database's files are read from disk meanwhile too (see warmUpArchive).
warmUpArchive(DEFAULT_ARCHIVE_NAME);
prestartSearchWorker(DEFAULT_ARCHIVE_NAME);

import('./startApp').then(
  ({ startApp }) => startApp(),
  (error: unknown) => {
    // Nothing else can show it: the app's own error views are in the chunk that failed.
    console.error('Kartoteka could not load', error);
    document.body.textContent = `Kartoteka could not load: ${String(error)}`;
  },
);
