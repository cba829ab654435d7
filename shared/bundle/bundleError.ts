/**
 * Why a bundle was refused. The UI picks its advice from the code; the message says what is
 * wrong and where, in words a researcher can act on (never a stack trace).
 */
export type BundleErrorCode =
  /** Neither a zip nor an age-encrypted file. */
  | 'not-a-bundle'
  /** Truncated or damaged: the zip structure, a checksum or the compressed data is broken. */
  | 'damaged'
  | 'passphrase-required'
  | 'wrong-passphrase'
  /** Written by a newer Kartoteka (a higher formatVersion). */
  | 'newer-version'
  /** A zip feature bundles never use (zip64, zip encryption, other compression methods). */
  | 'unsupported'
  /** An entry name outside the format: unknown, `..`, absolute, backslashes, duplicates. */
  | 'unsafe-entry'
  /** Over one of BUNDLE_LIMITS. */
  | 'too-large'
  /** An entry's SHA-256 or size is not what the manifest says. */
  | 'hash-mismatch'
  | 'invalid-manifest'
  /** A revision line breaks the format or the model. */
  | 'invalid-record'
  | 'invalid-text';

/** One thing wrong with a bundle, with where it is. */
export interface BundleProblem {
  code: BundleErrorCode;
  message: string;
  /** The zip entry, e.g. records/revisions.ndjson. */
  entry?: string;
  /** 1-based line within an NDJSON entry. */
  line?: number;
  /** The field within the line, e.g. data.names[0].text. */
  field?: string;
}

export class BundleError extends Error {
  override readonly name = 'BundleError';
  readonly code: BundleErrorCode;
  /** Every problem found (several when record validation collects them), first is `this`. */
  readonly problems: readonly BundleProblem[];

  constructor(problems: BundleProblem | readonly BundleProblem[]) {
    const list = Array.isArray(problems)
      ? (problems as readonly BundleProblem[])
      : [problems as BundleProblem];
    const first = list[0] ?? { code: 'damaged' as const, message: 'unknown problem' };
    const more =
      list.length > 1 ? ` (and ${list.length - 1} more problem${list.length > 2 ? 's' : ''})` : '';
    super(formatProblem(first) + more);
    this.code = first.code;
    this.problems = list;
  }
}

/** `records/revisions.ndjson line 12: data.names[0].text: must not be empty` */
export function formatProblem(p: BundleProblem): string {
  const where = [p.entry, p.line === undefined ? undefined : `line ${p.line}`]
    .filter(Boolean)
    .join(' ');
  return [where, p.field, p.message].filter(Boolean).join(': ');
}

export function bundleError(
  code: BundleErrorCode,
  message: string,
  at: Omit<BundleProblem, 'code' | 'message'> = {},
): BundleError {
  return new BundleError({ code, message, ...at });
}
