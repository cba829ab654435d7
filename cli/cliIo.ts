/** Where a command writes, and what it knows of its surroundings: injectable for tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal: progress is shown only there (or with --progress). */
  interactive: boolean;
}

/** A failure the user can act on: one line, no stack trace. Exit 2 for bad usage, else 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, 2);
}
