import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

/** What parseArgs gives back for these options: their values by name, and the other words. */
export interface ParsedArgs<O extends Options> {
  values: { [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string };
  positionals: string[];
}
import { usageError } from './cliIo.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command that reads or writes bundles understands. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  progress: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
} as const satisfies Options;

/**
 * Node's strict argument parser, with its errors turned into usage errors (exit 2) that say
 * what was wrong in one line.
 */
export function parseCommandArgs<O extends Options>(
  args: readonly string[],
  options: O,
): ParsedArgs<O & typeof COMMON_OPTIONS> {
  try {
    const config = {
      args: [...args],
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    } as const;
    return parseArgs(config) as ParsedArgs<O & typeof COMMON_OPTIONS>;
  } catch (error) {
    throw usageError(
      error instanceof Error
        ? error.message.replace(/\. To specify a positional argument.*$/s, '')
        : String(error),
    );
  }
}
