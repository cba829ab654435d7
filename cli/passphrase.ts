import { readFile } from 'node:fs/promises';
import { CliError } from './cliIo.js';

/**
 * A passphrase from a file (its first line, without the newline), so it never appears in the
 * shell history or the process list. Without a file, $KARTOTEKA_PASSPHRASE is used.
 */
export async function readPassphrase(
  file: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string | undefined> {
  if (file === undefined) return env.KARTOTEKA_PASSPHRASE || undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read the passphrase file ${file}: ${reason(error)}`);
  }
  const passphrase = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  if (passphrase === '') throw new CliError(`the passphrase file ${file} is empty`);
  return passphrase;
}

export function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'it is a folder';
  }
  return error instanceof Error ? error.message : String(error);
}
