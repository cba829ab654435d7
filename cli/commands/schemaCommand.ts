import { writeFile } from 'node:fs/promises';
import type { CliIo } from '../cliIo.js';
import { CliError, usageError } from '../cliIo.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { reason } from '../passphrase.js';
import { bundleJsonSchema } from '../../shared/bundle/bundleJsonSchema.js';

export const SCHEMA_USAGE = `Usage: kartoteka schema [-o FILE]

Prints the JSON Schema of the bundle format (manifest.json and the revision lines), as
generated from the model: what docs/bundle.schema.json holds.
`;

export async function schemaCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string', short: 'o' } });
  if (values.help) {
    io.stdout(SCHEMA_USAGE);
    return 0;
  }
  if (positionals.length > 0) throw usageError('schema takes no arguments but -o FILE');
  const text = `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`;
  if (!values.out) {
    io.stdout(text);
    return 0;
  }
  try {
    await writeFile(values.out, text);
  } catch (error) {
    throw new CliError(`cannot write ${values.out}: ${reason(error)}`);
  }
  io.stdout(`Wrote ${values.out}\n`);
  return 0;
}
