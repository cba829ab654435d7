import type { CliIo } from '../cliIo.js';
import { usageError } from '../cliIo.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { readPassphrase } from '../passphrase.js';
import { readBundleFile } from '../readBundleFile.js';
import { progressReporter } from '../progressReporter.js';
import { BundleError, formatProblem } from '../../shared/bundle/bundleError.js';
import { summarizeBundle } from '../summarizeBundle.js';

export const VALIDATE_USAGE = `Usage: kartoteka validate FILE [--passphrase-file F] [--json] [--max-problems N]

Checks a bundle completely, as the app does before an import: zip structure, entry names,
limits, manifest, SHA-256 of every entry, every revision against the model.
Exit status: 0 valid, 1 invalid (the reasons on stderr, one per line), 2 bad usage.

Options:
  --passphrase-file F   passphrase of an encrypted bundle (or $KARTOTEKA_PASSPHRASE)
  --json                print {"valid": …, "problems": […]} on stdout
  --max-problems N      list up to N bad revision lines (default 20)
`;

export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    'passphrase-file': { type: 'string' },
    json: { type: 'boolean' },
    'max-problems': { type: 'string' },
  });
  if (values.help) {
    io.stdout(VALIDATE_USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw usageError('validate takes exactly one FILE');
  const maxProblems = Number(values['max-problems'] ?? 20);
  if (!Number.isInteger(maxProblems) || maxProblems < 1)
    throw usageError('--max-problems must be a whole number of at least 1');
  const passphrase = await readPassphrase(values['passphrase-file'], io.env);
  const progress = progressReporter(io, values);
  try {
    const bundle = await readBundleFile(file, {
      passphrase,
      maxProblems,
      onProgress: (p) => progress.report(`checking ${p.phase}`, p.done, p.total),
    });
    progress.done();
    if (values.json)
      io.stdout(`${JSON.stringify({ valid: true, file, ...summarizeBundle(bundle) }, null, 2)}\n`);
    else
      io.stdout(
        `${file}: valid Kartoteka bundle (format ${bundle.manifest.formatVersion}${bundle.encrypted ? ', encrypted' : ''}): ${bundle.revisions.length} revisions, ${bundle.texts.length} texts\n`,
      );
    return 0;
  } catch (error) {
    progress.done();
    if (!(error instanceof BundleError)) throw error;
    if (values.json) {
      io.stdout(`${JSON.stringify({ valid: false, file, problems: error.problems }, null, 2)}\n`);
    }
    for (const problem of error.problems) io.stderr(`${file}: ${formatProblem(problem)}\n`);
    return 1;
  }
}
