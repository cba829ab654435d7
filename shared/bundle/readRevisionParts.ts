import type { Revision } from '../model/revision.js';
import type { EntityKind } from '../model/entities.js';
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

export interface RevisionPartsInput {
  bytes: Uint8Array;
  parts: readonly ClassifiedEntry[];
  expected: ReadonlyMap<string, BundleEntryInfo>;
  limits: BundleLimits;
  sha256: Sha256Factory;
  maxProblems: number;
  onBytes: (done: number) => void;
}

/**
 * Streams every revisions part, in part order, line by line: each line parsed with the
 * JSON guard and validated as a revision of its entity. Line problems are collected (up to
 * maxProblems); but if the part's SHA-256 then differs from the manifest, the part was
 * damaged and that is what is reported, since bad lines are only its symptom.
 */
export function readRevisionParts(input: RevisionPartsInput): Revision[] {
  const { bytes, limits } = input;
  const revisions: Revision[] = [];
  const where = new Map<string, string>();
  const entityOf = new Map<string, EntityKind>();
  const problems: BundleProblem[] = [];
  let done = 0;
  for (const { entry } of orderParts(input.parts)) {
    const name = entry.name;
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
      const earlier = where.get(r.id);
      if (earlier) return problem('id', `revision ${r.id} appears twice (first at ${earlier})`);
      const entity = entityOf.get(r.recordId);
      if (entity && entity !== r.entity) {
        return problem(
          'entity',
          `record ${r.recordId} is a ${entity} in other revisions of this bundle`,
        );
      }
      where.set(r.id, `${name} line ${line}`);
      entityOf.set(r.recordId, r.entity);
      revisions.push(r);
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
  return revisions;
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
