import type { SourceFileInput, SourceImportResult } from './sourceImportResult.js';
import { importFailure } from './importFailure.js';
import { importSourceFile } from './importSourceFile.js';

/**
 * Imports several files: one result per file, in the order given. Files are read one after
 * the other (a batch of large pages must not hold all their texts twice at once), and a file
 * that fails, even in a way no check foresaw, never stops the others.
 */
export async function importSourceFiles(
  files: readonly SourceFileInput[],
): Promise<SourceImportResult[]> {
  const results: SourceImportResult[] = [];
  for (const file of files) {
    try {
      results.push(await importSourceFile(file.name, file.bytes));
    } catch (error) {
      results.push(
        importFailure(
          file.name,
          'unreadable',
          error instanceof Error ? error.message : String(error),
        ),
      );
    }
  }
  return results;
}
