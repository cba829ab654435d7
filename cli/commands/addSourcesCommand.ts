import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CliIo } from '../cliIo.js';
import { CliError, usageError } from '../cliIo.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { reason } from '../passphrase.js';
import { cliActor } from '../cliActor.js';
import { OUTPUT_OPTIONS, requireOut, writeOutput } from '../bundleOutput.js';
import { importSourceFiles } from '../../shared/sources/importSourceFiles.js';
import type { SourceImportSuccess } from '../../shared/sources/sourceImportResult.js';
import { Source } from '../../shared/model/source.js';
import type { SourceText } from '../../shared/model/source.js';
import type { Actor, Revision } from '../../shared/model/revision.js';
import { newId, nowIso } from '../../shared/model/ids.js';

export const ADD_SOURCES_USAGE = `Usage: kartoteka add-sources FILES… -o FILE [options]

Reads article files (.txt, .md, .html) exactly as the app's "Add sources" does (title,
publisher, author, date and URL where the file has them; the text kept exactly, with its
SHA-256) and writes them as a bundle of new sources to import into an archive.
A file that cannot be read is named on stderr with the reason; the others are still
written, and the exit status is 1. The same text given twice becomes one source.

Options:
  -o, --out FILE                 where to write the bundle
  --as NAME                      who is recorded as adding them (default: your login name)
  --encrypt-passphrase-file F    encrypt the bundle with this passphrase (age format)
  --scrypt-work-factor N         scrypt cost of that encryption, 10–20 (default 18, as age)
`;

export async function addSourcesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OUTPUT_OPTIONS);
  if (values.help) {
    io.stdout(ADD_SOURCES_USAGE);
    return 0;
  }
  if (positionals.length === 0) throw usageError('add-sources needs at least one article file');
  const out = requireOut(values);
  const by = cliActor(values.as, io.env);
  const files = [];
  for (const path of positionals) {
    try {
      files.push({ name: basename(path), bytes: new Uint8Array(await readFile(path)) });
    } catch (error) {
      throw new CliError(`cannot read ${path}: ${reason(error)}`);
    }
  }
  const results = await importSourceFiles(files);
  const revisions: Revision[] = [];
  const texts = new Map<string, SourceText>();
  let failed = 0;
  results.forEach((result, i) => {
    const path = positionals[i] as string;
    if (!result.ok) {
      failed += 1;
      io.stderr(`${path}: ${result.message}\n`);
      return;
    }
    if (texts.has(result.sha256)) {
      io.stderr(`${path}: the same text as a file before it; added once\n`);
      return;
    }
    const revision = sourceRevision(result, by);
    const check = Source.safeParse(revision.data);
    if (!check.success) {
      failed += 1;
      io.stderr(
        `${path}: ${check.error.issues[0]?.path.join('.')}: ${check.error.issues[0]?.message}\n`,
      );
      return;
    }
    revisions.push(revision);
    texts.set(result.sha256, { sha256: result.sha256, text: result.text });
  });
  if (revisions.length === 0) throw new CliError('no file could be added; nothing written');
  await writeOutput(io, values, { revisions, texts: [...texts.values()] }, { kind: 'changes' });
  io.stdout(
    `Wrote ${out}: ${revisions.length} source${revisions.length === 1 ? '' : 's'}${failed ? `; ${failed} file${failed === 1 ? '' : 's'} could not be added` : ''}\n`,
  );
  return failed > 0 ? 1 : 0;
}

function sourceRevision(imported: SourceImportSuccess, by: Actor): Revision {
  const id = newId();
  const at = nowIso();
  const { title, publisher, author, date, url } = imported.metadata;
  return {
    id: newId(),
    entity: 'source',
    recordId: id,
    parents: [],
    at,
    by,
    deleted: false,
    data: {
      id,
      sha256: imported.sha256,
      title,
      publisher,
      author,
      date,
      url,
      format: imported.format,
      fileName: imported.fileName,
      addedAt: at,
      length: imported.length,
    },
  };
}
