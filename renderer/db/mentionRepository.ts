import type { NameEntry, NameScript, TextSelector } from '../../shared/model/index.js';
import { newId } from '../../shared/model/index.js';
import { foldText } from '../../shared/names/index.js';
import type { Archive } from './archiveTypes.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import { databaseOf } from './openArchive.js';
import { writeTransaction } from './recordStore.js';

/** A passage of a source that names someone, to be cited as backing one of their names. */
export interface MentionPassage {
  sourceId: string;
  selector: TextSelector;
}

export interface LinkMentionInput extends MentionPassage {
  caseId: string;
  /** The name as the source writes it. */
  name: string;
  script: NameScript;
  /** Keep this spelling among the case file's names (as an alias), so the archive knows it. */
  addName: boolean;
}

export interface StartCaseInput extends MentionPassage {
  name: string;
  script: NameScript;
}

/**
 * The one-step actions of a source's Mentions panel. Each is one transaction: the name added
 * and the citation made, or neither (a citation that fails to anchor leaves no stray alias or
 * empty case file behind).
 */
export interface MentionRepository {
  /** Cites the passage as backing the case file's name entry `nameEntryId`. */
  cite(input: MentionPassage & { caseId: string; nameEntryId: string }): Promise<string>;
  /** Cites the passage for a case file, adding the spelling to its names when asked. */
  link(input: LinkMentionInput): Promise<{ citationId: string; nameEntryId: string }>;
  /** A new case file named as the source names the person, with the passage cited. */
  startCase(input: StartCaseInput): Promise<{ caseId: string; citationId: string }>;
}

const sameName = (names: readonly NameEntry[], name: string): NameEntry | undefined => {
  const folded = foldText(name);
  return names.find((n) => foldText(n.text) === folded);
};

export function mentionRepositoryOf(archive: Archive): MentionRepository {
  const db = databaseOf(archive);
  const citeName = (input: MentionPassage & { caseId: string; nameEntryId: string }) =>
    archive.citations.create({
      caseId: input.caseId,
      fact: { field: 'names', entryId: input.nameEntryId },
      sourceId: input.sourceId,
      selector: input.selector,
    });

  return {
    cite: (input) => citeName(input),

    link: (input) =>
      writeTransaction(db, async () => {
        const current = await db.cases.get(input.caseId);
        if (!current) throw new KartotekaDataError(`there is no case ${input.caseId}`, 'caseId');
        let entry = sameName(current.names, input.name);
        if (!entry && input.addName) {
          const added: NameEntry = {
            id: newId(),
            text: input.name.trim(),
            script: input.script,
            kind: 'alias',
          };
          await archive.caseFiles.update(input.caseId, (c) => ({
            ...c,
            names: [...c.names, added],
          }));
          entry = added;
        }
        entry ??= current.names.find((n) => n.kind === 'primary') ?? current.names[0];
        if (!entry) throw new KartotekaDataError('the case file has no name', 'names');
        const citationId = await citeName({ ...input, nameEntryId: entry.id });
        return { citationId, nameEntryId: entry.id };
      }),

    startCase: (input) =>
      writeTransaction(db, async () => {
        const caseId = await archive.caseFiles.create({
          names: [{ text: input.name.trim(), script: input.script, kind: 'primary' }],
        });
        const entry = (await db.cases.get(caseId))?.names[0];
        if (!entry) throw new KartotekaDataError(`case ${caseId} was not stored`);
        const citationId = await citeName({ ...input, caseId, nameEntryId: entry.id });
        return { caseId, citationId };
      }),
  };
}
