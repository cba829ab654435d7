import { readFile } from 'node:fs/promises';
import type { CaseFile } from '../../shared/model/caseFile.js';
import type { Citation } from '../../shared/model/citation.js';
import { ENTITY_SCHEMAS, type EntityKind, type EntityOf } from '../../shared/model/entities.js';
import type { Note } from '../../shared/model/note.js';
import { SampleArchive } from '../../shared/model/sampleArchive.js';
import type { Source } from '../../shared/model/source.js';
import type { Tag } from '../../shared/model/tag.js';

export interface SampleRecords {
  archive: SampleArchive;
  cases: CaseFile[];
  sources: Source[];
  citations: Citation[];
  notes: Note[];
  tags: Tag[];
}

/**
 * Reads a sample archive file and its records, each parsed with its entity's schema, the
 * way the app will when it opens the sample. For tests and for checking a generated file.
 */
export async function sampleRecords(filePath: string): Promise<SampleRecords> {
  const archive = SampleArchive.parse(JSON.parse(await readFile(filePath, 'utf8')));
  const of = <K extends EntityKind>(entity: K): EntityOf<K>[] =>
    archive.revisions
      .filter((r) => r.entity === entity)
      .map((r) => ENTITY_SCHEMAS[entity].parse(r.data) as EntityOf<K>);
  return {
    archive,
    cases: of('case'),
    sources: of('source'),
    citations: of('citation'),
    notes: of('note'),
    tags: of('tag'),
  };
}
