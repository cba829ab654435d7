import type { Revision } from '../model/revision.js';
import type { ClassifiedEntry } from './checkEntries.js';
import { inflateEntry } from './inflateEntry.js';
import type { BundleLimits } from './bundleLimits.js';
import type { BundleProblem } from './bundleError.js';
import { BundleError, bundleError } from './bundleError.js';
import { NdjsonLines } from './ndjsonLines.js';
import { parseGuardedJson } from './parseGuardedJson.js';
import { validateRevisionLine } from './validateRevisionLine.js';
import type { Sha256Factory } from './sha256.js';
import type { BundleEntryInfo } from './bundleManifest.js';
import { RevisionIndex } from './revisionIndex.js';

export interface RevisionPartsInput {
  bytes: Uint8Array;
  parts: readonly ClassifiedEntry[];
  expected: ReadonlyMap<string, BundleEntryInfo>;
  limits: BundleLimits;
  sha256: Sha256Factory;
  maxProblems: number;
  onBytes: (done: number) => void;
  /** Keep only the index, not the revisions (ReadBundleOptions.revisionsLater). */
  indexOnly?: boolean;
}

export interface RevisionParts {
  /** Every revision, in order; empty with indexOnly. */
  revisions: Revision[];
  index: RevisionIndex;
  /** The parts, in order. */
  parts: ClassifiedEntry[];
  /** The SHA-256 of the text of every source revision that is not a deletion. */
  sourceTexts: Set<string>;
}

/**
 * Streams every revisions part, in part order, line by line: each line parsed with the
 * JSON guard and validated as a revision of its entity. Line problems are collected (up to
 * maxProblems); but if the part's SHA-256 then differs from the manifest, the part was
 * damaged and that is what is reported, since bad lines are only its symptom.
 */
export function readRevisionParts(input: RevisionPartsInput): RevisionParts {
  const { bytes, limits } = input;
  const revisions: Revision[] = [];
  const index = new RevisionIndex();
  const sourceTexts = new Set<string>();
  const problems: BundleProblem[] = [];
  let done = 0;
  const parts = orderParts(input.parts);
  for (const { entry } of parts) {
    const name = entry.name;
    index.startPart(name);
    const hash = input.sha256();
    let broken: BundleError | null = null;
    const lines = new NdjsonLines(name, limits.maxLineChars, (text, line) => {
      if (problems.length >= input.maxProblems) return;
      const problem = (field: string, message: string) =>
        problems.push({
          code: 'invalid-record',
          message,
          entry: name,
          line,
          field: field || undefined,
        });
      const parsed = parseGuardedJson(text, limits);
      if (!parsed.ok) return problem(parsed.field, parsed.message);
      const check = validateRevisionLine(parsed.value);
      if (!check.ok) return problem(check.field, check.message);
      const r = check.revision;
      const earlier = index.whereIs(r.id);
      if (earlier) return problem('id', `revision ${r.id} appears twice (first at ${earlier})`);
      const entity = index.entityOfRecordId(r.recordId);
      if (entity && entity !== r.entity) {
        return problem(
          'entity',
          `record ${r.recordId} is a ${entity} in other revisions of this bundle`,
        );
      }
      index.add(r, line);
      if (r.entity === 'source' && !r.deleted)
        sourceTexts.add((r.data as { sha256: string }).sha256);
      if (!input.indexOnly) revisions.push(r);
    });
    inflateEntry(bytes, entry, (chunk) => {
      hash.update(chunk);
      done += chunk.length;
      input.onBytes(done);
      if (broken) return;
      try {
        lines.push(chunk);
      } catch (error) {
        if (!(error instanceof BundleError)) throw error;
        broken = error;
      }
    });
    if (!broken) {
      try {
        lines.end();
      } catch (error) {
        if (!(error instanceof BundleError)) throw error;
        broken = error;
      }
    }
    checkHash(name, hash.digestHex(), entry.size, input.expected);
    if (broken) throw broken;
    if (problems.length >= input.maxProblems) throw new BundleError(problems);
  }
  if (problems.length > 0) throw new BundleError(problems);
  index.done();
  return { revisions, index, parts, sourceTexts };
}

/** Parts 1…n, each once: part 1 is revisions.ndjson or revisions-0001.ndjson, not both. */
function orderParts(parts: readonly ClassifiedEntry[]): ClassifiedEntry[] {
  const byNumber = new Map<number, ClassifiedEntry>();
  for (const p of parts) {
    if (p.kind.kind !== 'revisions') continue;
    if (byNumber.has(p.kind.part)) {
      throw bundleError(
        'unsafe-entry',
        'the bundle has both records/revisions.ndjson and records/revisions-0001.ndjson',
      );
    }
    byNumber.set(p.kind.part, p);
  }
  if (byNumber.size === 0)
    throw bundleError('invalid-manifest', 'the bundle has no records/revisions.ndjson');
  const ordered: ClassifiedEntry[] = [];
  for (let n = 1; n <= byNumber.size; n++) {
    const part = byNumber.get(n);
    if (!part)
      throw bundleError(
        'damaged',
        `revisions part ${n} is missing (parts must be numbered 1, 2, 3 … without gaps)`,
      );
    ordered.push(part);
  }
  return ordered;
}

export function checkHash(
  name: string,
  actual: string,
  size: number,
  expected: ReadonlyMap<string, BundleEntryInfo>,
): void {
  const info = expected.get(name);
  if (!info || info.sha256 !== actual || info.size !== size) {
    throw bundleError(
      'hash-mismatch',
      `entry "${name}" does not match the SHA-256 in the manifest: the bundle is damaged or was altered`,
    );
  }
}
