import type { CaseFile } from '../../shared/model/index.js';
import { displayNameOf } from '../../shared/model/index.js';

/**
 * The display name and, beside it, the person's primary names in Cyrillic (Belarusian, then
 * Russian), the way a researcher recognises them in the other alphabet.
 */
export function namesForList(c: Pick<CaseFile, 'names'>): { display: string; cyrillic: string[] } {
  const display = displayNameOf(c);
  const cyrillic = (['be', 'ru'] as const)
    .map((script) => c.names.find((n) => n.script === script && n.kind === 'primary')?.text)
    .filter((n): n is string => n !== undefined && n !== display);
  return { display, cyrillic: [...new Set(cyrillic)] };
}
