import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliIo } from '../cliIo.js';
import { CliError, usageError } from '../cliIo.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { OUTPUT_OPTIONS, writeOutput } from '../bundleOutput.js';
import { projectRoot } from '../projectFiles.js';
import { SampleArchive } from '../../shared/model/sampleArchive.js';

export const SAMPLE_USAGE = `Usage: kartoteka sample -o FILE [options]

Writes the sample archive that ships with Kartoteka (the five seed articles and the case
files built from them) as a bundle. Its revisions have fixed ids, so two people who both
import it share them and see no conflict.

Options:
  -o, --out FILE                 where to write the bundle
  --encrypt-passphrase-file F    encrypt it with this passphrase (age format)
  --scrypt-work-factor N         scrypt cost of that encryption, 10–20 (default 18, as age)
  --as NAME                      who is recorded as exporting it (default: your login name)
`;

export const SAMPLE_PATH = join('assets', 'sample', 'sample-archive.json');

export async function sampleCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OUTPUT_OPTIONS);
  if (values.help) {
    io.stdout(SAMPLE_USAGE);
    return 0;
  }
  if (positionals.length > 0)
    throw usageError(`sample takes no file arguments (did you mean -o ${positionals[0]}?)`);
  const root = projectRoot();
  if (!root) throw new CliError('cannot find the Kartoteka folder with the sample archive');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(root, SAMPLE_PATH), 'utf8'));
  } catch {
    throw new CliError(`cannot read the sample archive ${SAMPLE_PATH}: build it first`);
  }
  const sample = SampleArchive.safeParse(raw);
  if (!sample.success) throw new CliError(`${SAMPLE_PATH} is not a valid sample archive`);
  const { revisions, texts } = sample.data;
  await writeOutput(io, values, { revisions, texts }, { kind: 'archive' });
  io.stdout(
    `Wrote ${values.out}: the sample archive, ${revisions.length} revisions and ${texts.length} texts\n`,
  );
  return 0;
}
