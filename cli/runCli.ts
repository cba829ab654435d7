import type { CliIo } from './cliIo.js';
import { CliError } from './cliIo.js';
import { BundleError } from '../shared/bundle/bundleError.js';
import { appVersion } from './projectFiles.js';
import { validateCommand } from './commands/validateCommand.js';
import { infoCommand } from './commands/infoCommand.js';
import { mergeCommand } from './commands/mergeCommand.js';
import { sampleCommand } from './commands/sampleCommand.js';
import { addSourcesCommand } from './commands/addSourcesCommand.js';
import { searchCommand } from './commands/searchCommand.js';
import { schemaCommand } from './commands/schemaCommand.js';
import { runDossierCommand } from './dossier/runDossierCommand.js';
import { bundleArchiveLoader } from './bundleArchiveLoader.js';

export const USAGE = `Usage: kartoteka COMMAND [options]

Prepare and check Kartoteka bundles outside the app, with the app's own code.

Commands:
  validate FILE                 check a bundle completely (exit 0 valid, 1 invalid, 2 usage)
  info FILE [--json]            who made a bundle, what it holds, its content hash
  merge A B … -o OUT            merge bundles as the app merges an import
  sample -o FILE                the sample archive as a bundle
  add-sources FILES… -o FILE    article files (.txt, .md, .html) as a bundle of sources
  search FILE QUERY [--json]    search a bundle as the app's search box does
  dossier FILE --case NAME -o OUT.pdf
                                print the dossier of case files as PDF
  schema [-o FILE]              the JSON Schema of the bundle format

Every command that reads a bundle takes --passphrase-file F for an encrypted one; every
command that writes one takes --encrypt-passphrase-file F to encrypt it (age format,
so \`age -d\` opens it too). "kartoteka COMMAND --help" tells more.
`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  info: infoCommand,
  merge: mergeCommand,
  sample: sampleCommand,
  'add-sources': addSourcesCommand,
  search: searchCommand,
  schema: schemaCommand,
  dossier: (args, io) =>
    runDossierCommand(args, {
      stdout: io.stdout,
      stderr: io.stderr,
      env: io.env,
      loadArchive: bundleArchiveLoader,
    }),
};

/**
 * Runs one command and returns the exit status. Every failure becomes one line on stderr
 * that says what is wrong (and, for a bundle, where): never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? args[0] : undefined;
    const command = topic === undefined ? undefined : COMMANDS[topic];
    if (command) return command(['--help'], io);
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`kartoteka ${appVersion()}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`kartoteka: unknown command "${name}"; run kartoteka --help for the list\n`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    io.stderr(`kartoteka ${name}: ${describe(error)}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}

function describe(error: unknown): string {
  if (error instanceof BundleError) {
    const hint =
      error.code === 'passphrase-required' ? ' (give it with --passphrase-file FILE)' : '';
    return `${error.message}${hint}`;
  }
  if (error instanceof CliError)
    return error.exitCode === 2 ? `${error.message}; see --help` : error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${message.split('\n')[0]}`;
}
