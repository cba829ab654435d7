import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Archive } from './archiveTypes.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { DEFAULT_DOSSIER_PROFILE, DOSSIER_PROFILE_KEY } from './dossierProfileSetting.js';
import { databaseOf, openArchive } from './openArchive.js';
import { openTestArchive } from './testArchive.js';

let archive: Archive;
let db: KartotekaDb;
afterEach(async () => {
  await db.delete();
});

describe('the redaction profile', () => {
  it('starts with private notes left out and no marking', async () => {
    ({ archive, db } = await openTestArchive());
    expect(await archive.settings.getDossierProfile()).toEqual({
      confidential: false,
      omitPrivateNotes: true,
    });
  });

  it('is remembered, also when the archive is opened again', async () => {
    ({ archive, db } = await openTestArchive());
    await archive.settings.setDossierProfile({ confidential: true, omitPrivateNotes: false });
    expect(await archive.settings.getDossierProfile()).toEqual({
      confidential: true,
      omitPrivateNotes: false,
    });
    const name = db.name;
    archive.close();
    archive = await openArchive(name);
    db = databaseOf(archive);
    expect(await archive.settings.getDossierProfile()).toEqual({
      confidential: true,
      omitPrivateNotes: false,
    });
  });

  it('refuses a damaged profile and keeps the one stored', async () => {
    ({ archive, db } = await openTestArchive());
    await archive.settings.setDossierProfile({ confidential: true, omitPrivateNotes: true });
    await expect(
      archive.settings.setDossierProfile({ confidential: 'yes' } as unknown as {
        confidential: boolean;
        omitPrivateNotes: boolean;
      }),
    ).rejects.toMatchObject({ name: 'KartotekaDataError' });
    expect((await archive.settings.getDossierProfile()).confidential).toBe(true);
  });

  it('reads an unreadable row as the default, without trusting it', async () => {
    ({ archive, db } = await openTestArchive());
    await db.settings.put({ key: DOSSIER_PROFILE_KEY, value: { confidential: 1 } });
    expect(await archive.settings.getDossierProfile()).toEqual(DEFAULT_DOSSIER_PROFILE);
  });
});
