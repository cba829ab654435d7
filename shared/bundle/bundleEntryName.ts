/**
 * The entry names a bundle may contain. Anything else is refused: a bundle never needs a
 * path of its own choosing, so names cannot climb out of a folder (`..`), be absolute, or
 * smuggle in files nobody checks.
 */
export const MANIFEST_ENTRY = 'manifest.json';
export const REVISIONS_ENTRY = 'records/revisions.ndjson';
/** Folders some zip tools add; allowed, ignored, not listed in the manifest. */
export const DIRECTORY_ENTRIES: ReadonlySet<string> = new Set([
  'records/',
  'texts/',
  'attachments/',
]);

export type BundleEntryKind =
  | { kind: 'manifest' }
  | { kind: 'revisions'; part: number }
  | { kind: 'text'; sha256: string }
  | { kind: 'attachment'; sha256: string }
  | { kind: 'directory' };

const PART = /^records\/revisions-(\d{4})\.ndjson$/;
const TEXT = /^texts\/([0-9a-f]{64})\.txt$/;
const ATTACHMENT = /^attachments\/([0-9a-f]{64})$/;

/** What an entry is, or null when the format has no such entry. */
export function classifyEntryName(name: string): BundleEntryKind | null {
  if (name === MANIFEST_ENTRY) return { kind: 'manifest' };
  if (name === REVISIONS_ENTRY) return { kind: 'revisions', part: 1 };
  if (DIRECTORY_ENTRIES.has(name)) return { kind: 'directory' };
  const part = PART.exec(name);
  if (part) return Number(part[1]) >= 1 ? { kind: 'revisions', part: Number(part[1]) } : null;
  const text = TEXT.exec(name);
  if (text) return { kind: 'text', sha256: text[1] as string };
  const attachment = ATTACHMENT.exec(name);
  if (attachment) return { kind: 'attachment', sha256: attachment[1] as string };
  return null;
}

/** Why a name is refused, in words; null when it is a known entry. */
export function entryNameProblem(name: string): string | null {
  if (name.length === 0) return 'an entry has an empty name';
  if (name.includes('\\')) return `entry "${printable(name)}" has a backslash in its name`;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
    return `entry "${printable(name)}" has an absolute path`;
  if (name.split('/').some((part) => part === '..' || part === '.')) {
    return `entry "${printable(name)}" has a path with ".." or "."`;
  }
  if (classifyEntryName(name) === null) return `unknown entry "${printable(name)}"`;
  return null;
}

/** Part n's name: the first part is records/revisions.ndjson, then revisions-0002.ndjson … */
export function revisionsPartName(part: number): string {
  return part === 1 ? REVISIONS_ENTRY : `records/revisions-${String(part).padStart(4, '0')}.ndjson`;
}

export function textEntryName(sha256: string): string {
  return `texts/${sha256}.txt`;
}

export function attachmentEntryName(sha256: string): string {
  return `attachments/${sha256}`;
}

/** A name as it can be shown in one line of a message: control characters escaped, cut short. */
export function printable(name: string): string {
  let escaped = '';
  for (const c of name) {
    const code = c.charCodeAt(0);
    escaped += code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : c;
  }
  return escaped.length > 120 ? `${escaped.slice(0, 117)}…` : escaped;
}
