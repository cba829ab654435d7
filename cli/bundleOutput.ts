import type { CliIo } from './cliIo.js';
import { usageError } from './cliIo.js';
import { readPassphrase } from './passphrase.js';
import { cliActor } from './cliActor.js';
import { producer } from './projectFiles.js';
import { progressReporter } from './progressReporter.js';
import { writeBundleFile } from './writeBundleFile.js';
import type { BundleContent } from '../shared/bundle/writeBundleOptions.js';
import type { BundleScope } from '../shared/bundle/bundleManifest.js';
import type { BundleManifest } from '../shared/bundle/bundleManifest.js';

/** The options of every command that writes a bundle. */
export const OUTPUT_OPTIONS = {
  out: { type: 'string', short: 'o' },
  'encrypt-passphrase-file': { type: 'string' },
  as: { type: 'string' },
  'scrypt-work-factor': { type: 'string' },
} as const;

export interface OutputFlags {
  out?: string;
  'encrypt-passphrase-file'?: string;
  as?: string;
  'scrypt-work-factor'?: string;
  progress?: boolean;
  quiet?: boolean;
}

export function requireOut(flags: OutputFlags): string {
  if (!flags.out) throw usageError('say where to write the bundle with -o FILE');
  return flags.out;
}

/** Writes the bundle a command made, encrypted when asked, with progress, and says so. */
export async function writeOutput(
  io: CliIo,
  flags: OutputFlags,
  content: BundleContent,
  scope: BundleScope,
): Promise<BundleManifest> {
  const out = requireOut(flags);
  const encryptFile = flags['encrypt-passphrase-file'];
  const passphrase = encryptFile === undefined ? undefined : await readPassphrase(encryptFile, {});
  const workFactor = scryptWorkFactor(flags['scrypt-work-factor']);
  const progress = progressReporter(io, flags);
  const manifest = await writeBundleFile(out, content, {
    producer: producer(),
    exportedBy: cliActor(flags.as, io.env),
    scope,
    passphrase,
    scryptWorkFactor: workFactor,
    onProgress: (p) => progress.report(`writing ${p.phase}`, p.done, p.total),
  });
  progress.done();
  return manifest;
}

/** log2 of scrypt's cost for --encrypt-passphrase-file: 10 (fast, weak) to 20; default 18 as age. */
function scryptWorkFactor(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const n = Number(flag);
  if (!Number.isInteger(n) || n < 10 || n > 20)
    throw usageError('--scrypt-work-factor must be a whole number from 10 to 20');
  return n;
}
