import { basename } from 'node:path';
import type { ArchiveLoader } from './dossier/loadArchiveForDossier.js';
import { loadArchiveForDossier } from './dossier/loadArchiveForDossier.js';
import type { DossierArchive } from '../shared/dossier/dossierArchive.js';
import { computeArchiveViews } from '../shared/merge/computeArchiveViews.js';
import { isAgeEncrypted } from '../shared/bundle/ageEncryption.js';
import { looksLikeZip } from '../shared/bundle/zipDirectory.js';
import type { CaseFile } from '../shared/model/caseFile.js';
import type { Citation } from '../shared/model/citation.js';
import type { Note } from '../shared/model/note.js';
import type { Source } from '../shared/model/source.js';
import type { Tag } from '../shared/model/tag.js';
import type { EntityKind } from '../shared/model/entities.js';
import type { RecordMeta } from '../shared/model/recordMeta.js';
import { open } from 'node:fs/promises';
import { readBundleFile } from './readBundleFile.js';
import { CliError } from './cliIo.js';
import { reason } from './passphrase.js';

/**
 * The dossier command's archive loader: a bundle (plain or encrypted) is read and checked
 * like any import, and its records are merged exactly as the app would show them (conflicts
 * included); the archive JSON files the dossier's own loader knows still work.
 */
export const bundleArchiveLoader: ArchiveLoader = async (path, { passphrase }) => {
  let head: Uint8Array;
  try {
    const file = await open(path, 'r');
    try {
      head = (await file.read(new Uint8Array(64), 0, 64, 0)).buffer;
    } finally {
      await file.close();
    }
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${reason(error)}`);
  }
  if (!looksLikeZip(head) && !isAgeEncrypted(head))
    return loadArchiveForDossier(path, { passphrase });
  const bundle = await readBundleFile(path, { passphrase });
  return {
    archive: archiveOf(bundle.revisions, bundle.texts),
    name: basename(path).replace(/\.[^.]+$/, ''),
  };
};

export function archiveOf(
  revisions: Parameters<typeof computeArchiveViews>[0],
  texts: DossierArchive['texts'],
): DossierArchive {
  const live = [...computeArchiveViews(revisions).values()].filter((v) => !v.deleted);
  const of = <T>(kind: EntityKind) =>
    live
      .filter((v) => v.entity === kind)
      .map((v) => ({ ...(v.value as T), meta: v.meta }) as T & { meta: RecordMeta });
  const strip = <T>(items: Array<T & { meta: RecordMeta }>): T[] =>
    items.map(({ meta: _meta, ...rest }) => rest as T);
  return {
    cases: of<CaseFile>('case'),
    sources: strip(of<Source>('source')),
    texts,
    citations: strip(of<Citation>('citation')),
    notes: strip(of<Note>('note')),
    tags: strip(of<Tag>('tag')),
  };
}
