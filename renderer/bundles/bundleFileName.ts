import type { BundleScopeKind } from '../db';

/** A name part from a person's name: letters and digits of any script, the rest as dashes. */
function slug(text: string, max = 40): string {
  const cleaned = text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return [...cleaned].slice(0, max).join('').replace(/-+$/, '');
}

const SCOPE_WORD: Record<BundleScopeKind, string> = {
  archive: 'archive',
  cases: 'cases',
  changes: 'changes',
};

/**
 * The suggested file name of a bundle: who made it, when (local time, to the minute, so two
 * exports of a day do not overwrite each other), for whom and what, and `.kartoteka`, plus
 * `.age` when encrypted so that the `age` tool and people see at once that it is.
 */
export function bundleFileName(input: {
  exportedBy: string;
  colleague: string | null;
  scope: BundleScopeKind;
  at: Date;
  encrypted: boolean;
}): string {
  const d = input.at;
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
  const from = slug(input.exportedBy);
  const to = input.colleague ? slug(input.colleague) : '';
  const parts = ['kartoteka', stamp, from, to ? `for-${to}` : '', SCOPE_WORD[input.scope]];
  const base = parts.filter(Boolean).join('-');
  return `${base}.kartoteka${input.encrypted ? '.age' : ''}`;
}
