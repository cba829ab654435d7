import type { CliIo } from '../cliIo.js';
import { CliError, usageError } from '../cliIo.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { readPassphrase } from '../passphrase.js';
import { readBundleFile } from '../readBundleFile.js';
import { OUTPUT_OPTIONS, requireOut, writeOutput } from '../bundleOutput.js';
import { unionRevisions } from '../../shared/merge/unionRevisions.js';
import { computeArchiveViews } from '../../shared/merge/computeArchiveViews.js';
import type { SourceText } from '../../shared/model/source.js';
import type { BundleScope } from '../../shared/bundle/bundleManifest.js';
import type { ReadBundleResult } from '../../shared/bundle/readBundleOptions.js';

export const MERGE_USAGE = `Usage: kartoteka merge A B [C …] -o OUT [options]

Merges bundles the way the app merges an import: the union of their revisions (so the
order of the inputs does not matter, and merging a bundle twice changes nothing) and of
their texts. Conflicting edits stay in the revisions; they show as conflicts when opened.

Options:
  -o, --out OUT                  where to write the merged bundle
  --passphrase-file F            passphrase of encrypted inputs (or $KARTOTEKA_PASSPHRASE)
  --encrypt-passphrase-file F    encrypt the output with this passphrase (age format)
  --scrypt-work-factor N         scrypt cost of that encryption, 10–20 (default 18, as age)
  --as NAME                      who is recorded as exporting it (default: your login name)
`;

export async function mergeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...OUTPUT_OPTIONS,
    'passphrase-file': { type: 'string' },
  });
  if (values.help) {
    io.stdout(MERGE_USAGE);
    return 0;
  }
  if (positionals.length < 2) throw usageError('merge needs at least two bundle files');
  requireOut(values);
  const passphrase = await readPassphrase(values['passphrase-file'], io.env);
  const inputs: ReadBundleResult[] = [];
  for (const file of positionals) {
    try {
      inputs.push(await readBundleFile(file, { passphrase }));
    } catch (error) {
      if (error instanceof Error) error.message = `${file}: ${error.message}`;
      throw error;
    }
  }
  const union = unionRevisions(...inputs.map((b) => b.revisions));
  if (union.collisions.length > 0) {
    throw new CliError(
      `the bundles hold different revisions under the same id (${union.collisions[0]}): one of them is damaged or forged`,
    );
  }
  const texts = new Map<string, SourceText>();
  for (const b of inputs) for (const t of b.texts) texts.set(t.sha256, t);
  const manifest = await writeOutput(
    io,
    values,
    { revisions: union.revisions, texts: [...texts.values()] },
    mergedScope(inputs),
  );
  const conflicted = [...computeArchiveViews(union.revisions).values()].filter(
    (v) => v.meta.conflicts.length > 0,
  ).length;
  io.stdout(
    `Wrote ${values.out}: ${union.revisions.length} revisions, ${texts.size} texts from ${inputs.length} bundles; ${conflicted} records with conflicts (bundle ${manifest.bundleId})\n`,
  );
  return 0;
}

/** Archives merged are an archive; chosen case files merged are the union of the choices; else changes. */
function mergedScope(inputs: readonly ReadBundleResult[]): BundleScope {
  const kinds = new Set(inputs.map((b) => b.manifest.scope.kind));
  if (kinds.size === 1 && kinds.has('archive')) return { kind: 'archive' };
  if (kinds.size === 1 && kinds.has('cases')) {
    return {
      kind: 'cases',
      caseIds: [...new Set(inputs.flatMap((b) => b.manifest.scope.caseIds ?? []))].sort(),
    };
  }
  return { kind: 'changes' };
}
