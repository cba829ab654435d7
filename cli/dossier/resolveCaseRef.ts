import type { CaseFile } from '../../shared/model/caseFile.js';
import { displayNameOf } from '../../shared/model/caseFile.js';

export type CaseRefResult = { kind: 'found'; id: string } | { kind: 'error'; message: string };

/** Case, diacritics and spacing do not matter when a person types a name on the command line. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds the case file a --case argument means: its id, a name it records (any script,
 * ignoring case and diacritics), or else the one case file with a name containing the text.
 * Several candidates are an error that lists them, never a guess.
 */
export function resolveCaseRef(
  cases: readonly Pick<CaseFile, 'id' | 'names'>[],
  ref: string,
): CaseRefResult {
  const byId = cases.find((c) => c.id === ref.trim().toLowerCase());
  if (byId) return { kind: 'found', id: byId.id };
  const wanted = fold(ref);
  if (!wanted) return { kind: 'error', message: 'an empty --case matches nothing' };
  const exact = cases.filter((c) => c.names.some((n) => fold(n.text) === wanted));
  const pool =
    exact.length > 0
      ? exact
      : cases.filter((c) => c.names.some((n) => fold(n.text).includes(wanted)));
  const [only, ...more] = pool;
  if (only && more.length === 0) return { kind: 'found', id: only.id };
  if (!only) return { kind: 'error', message: `no case file is called "${ref}"` };
  const list = pool
    .slice(0, 10)
    .map((c) => `  ${c.id}  ${displayNameOf(c)}`)
    .join('\n');
  return {
    kind: 'error',
    message: `"${ref}" matches ${pool.length} case files; give the id:\n${list}`,
  };
}
