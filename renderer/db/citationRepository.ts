import type { CaseFile, FactRef } from '../../shared/model/index.js';
import { LIST_FACT_FIELDS, newId } from '../../shared/model/index.js';
import type { CitationRepository } from './archiveTypes.js';
import { anchoredSource } from './anchoredSource.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import { localWrite } from './localWrite.js';
import { deleteRecord, requireRecord, writeRecord } from './recordStore.js';

/** A list fact is cited entry by entry; the entry must exist in the case file. */
function checkFact(caseFile: CaseFile, fact: FactRef): void {
  if (!LIST_FACT_FIELDS.has(fact.field) || fact.entryId === null) return;
  const entries = caseFile[fact.field] as readonly { id: string }[];
  if (!entries.some((e) => e.id === fact.entryId)) {
    throw new KartotekaDataError(
      `the case file has no ${fact.field} entry ${fact.entryId}`,
      'fact',
    );
  }
}

export function createCitationRepository(db: KartotekaDb): CitationRepository {
  return {
    create: (input) =>
      localWrite(db, async (actor) => {
        const caseFile = await requireRecord(db, 'case', input.caseId, 'caseId');
        checkFact(caseFile, input.fact);
        const source = await anchoredSource(db, input.sourceId, input.selector);
        const citation = {
          id: newId(),
          caseId: input.caseId,
          fact: input.fact,
          sourceId: input.sourceId,
          selector: input.selector,
          sourceSha256: source.sha256,
          note: input.note ?? '',
        };
        return (await writeRecord(db, 'citation', citation, actor)).id;
      }),

    remove: (id) =>
      localWrite(db, async (actor) => {
        if (!(await deleteRecord(db, 'citation', id, actor)))
          throw new KartotekaDataError(`there is no citation ${id}`);
      }),
  };
}
