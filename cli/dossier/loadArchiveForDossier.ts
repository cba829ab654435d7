import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from '../../shared/model/zod.js';
import { CaseFile } from '../../shared/model/caseFile.js';
import { Citation } from '../../shared/model/citation.js';
import { Note } from '../../shared/model/note.js';
import { SampleArchive } from '../../shared/model/sampleArchive.js';
import { Source, SourceText } from '../../shared/model/source.js';
import { Tag } from '../../shared/model/tag.js';
import type { DossierArchive } from '../../shared/dossier/dossierArchive.js';
import { computeArchiveViews } from '../../shared/merge/computeArchiveViews.js';

/** An archive as the dossier command reads it, with the name to print on every page. */
export interface LoadedArchive {
  archive: DossierArchive;
  name: string;
}

/**
 * THE SEAM for bundles: `runDossierCommand` calls whatever `io.loadArchive` it is given.
 * The CLI entry should pass one built on the bundle engineer's
 * `readBundleFile(path, { passphrase })`; until then this default reads the two JSON
 * shapes that exist today.
 */
export type ArchiveLoader = (
  path: string,
  options: { passphrase: string | null },
) => Promise<LoadedArchive>;

/** Current records as plain arrays: what tests and scripts write. */
const PlainArchive = z.object({
  name: z.string().max(300).optional(),
  cases: z.array(CaseFile),
  sources: z.array(Source),
  texts: z.array(SourceText),
  citations: z.array(Citation),
  notes: z.array(Note),
  tags: z.array(Tag),
});

/** Reads a plain archive JSON or the shipped sample archive (assets/sample/sample-archive.json). */
export const loadArchiveForDossier: ArchiveLoader = async (path) => {
  const raw: unknown = JSON.parse(await readFile(path, 'utf8'));
  const fallbackName = basename(path).replace(/\.[^.]+$/, '');
  const sample = SampleArchive.safeParse(raw);
  if (sample.success)
    return { archive: archiveFromRevisions(sample.data), name: 'Kartoteka sample archive' };
  const plain = PlainArchive.safeParse(raw);
  if (!plain.success) {
    const issue = plain.error.issues[0];
    throw new Error(
      `${path} is not an archive file: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown shape'}`,
    );
  }
  const { name, ...archive } = plain.data;
  return { archive, name: name ?? fallbackName };
};

/**
 * The current records of a revision log, merged as the app merges them (shared/merge):
 * a case file with conflicting edits keeps its `meta.conflicts`, which the dossier prints.
 */
function archiveFromRevisions(sample: SampleArchive): DossierArchive {
  const live = [...computeArchiveViews(sample.revisions).values()].filter((v) => !v.deleted);
  const current = (entity: string) => live.filter((v) => v.entity === entity);
  return {
    cases: current('case').map((v) => ({ ...CaseFile.parse(v.value), meta: v.meta })),
    sources: z.array(Source).parse(current('source').map((v) => v.value)),
    texts: sample.texts,
    citations: z.array(Citation).parse(current('citation').map((v) => v.value)),
    notes: z.array(Note).parse(current('note').map((v) => v.value)),
    tags: z.array(Tag).parse(current('tag').map((v) => v.value)),
  };
}
