import type { CliIo } from '../cliIo.js';
import { usageError } from '../cliIo.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { readPassphrase } from '../passphrase.js';
import { readBundleFile } from '../readBundleFile.js';
import { progressReporter } from '../progressReporter.js';
import { summarizeBundle } from '../summarizeBundle.js';
import { ENTITY_KINDS } from '../../shared/model/entities.js';

export const INFO_USAGE = `Usage: kartoteka info FILE [--json] [--passphrase-file F]

Describes a bundle: who made it and when, its scope, how many records of each kind it
holds, and a content hash that is the same for any two bundles holding the same revisions
and texts (whatever their order, bundle id, compression or encryption).

Options:
  --json                one JSON object on stdout: file, encrypted, manifest, counts, missingTexts, contentHash
  --passphrase-file F   passphrase of an encrypted bundle (or $KARTOTEKA_PASSPHRASE)
`;

export async function infoCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    'passphrase-file': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(INFO_USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw usageError('info takes exactly one FILE');
  const passphrase = await readPassphrase(values['passphrase-file'], io.env);
  const progress = progressReporter(io, values);
  const bundle = await readBundleFile(file, {
    passphrase,
    onProgress: (p) => progress.report(`reading ${p.phase}`, p.done, p.total),
  });
  progress.done();
  const summary = summarizeBundle(bundle);
  if (values.json) {
    io.stdout(`${JSON.stringify({ file, ...summary }, null, 2)}\n`);
    return 0;
  }
  const m = summary.manifest;
  const kinds = ENTITY_KINDS.filter((k) => summary.counts.records[k] > 0).map(
    (k) => `${summary.counts.records[k]} ${k}`,
  );
  io.stdout(
    [
      `${file}: Kartoteka bundle, format ${m.formatVersion}${summary.encrypted ? ', encrypted' : ''}`,
      `bundle id:   ${m.bundleId}`,
      `made by:     ${m.exportedBy.name} with ${m.producer.app} ${m.producer.version}, ${m.createdAt}`,
      `scope:       ${m.scope.kind}${m.scope.recipient ? ` for ${m.scope.recipient}` : ''}${m.scope.caseIds ? ` (${m.scope.caseIds.length} case files)` : ''}`,
      `records:     ${kinds.join(', ') || 'none'}`,
      `revisions:   ${summary.counts.revisions}; texts: ${summary.counts.texts}; with conflicts: ${summary.counts.recordsWithConflicts}`,
      ...(summary.missingTexts.length > 0
        ? [`needs texts: ${summary.missingTexts.length} the recipient must already have`]
        : []),
      `content:     ${summary.contentHash}`,
      '',
    ].join('\n'),
  );
  return 0;
}
