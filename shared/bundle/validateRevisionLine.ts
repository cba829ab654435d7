import { z } from '../model/zod.js';
import { Revision } from '../model/revision.js';
import { ENTITY_SCHEMAS } from '../model/entities.js';
import { jsonEqual } from '../merge/jsonEqual.js';
import { describeIssue } from './describeIssue.js';
import { joinPath } from './parseGuardedJson.js';

/** A revision line's fields, no others: an unknown field would not survive a re-export. */
const RevisionLine = z.strictObject({ ...Revision.shape });

export type LineCheck =
  { ok: true; revision: Revision } | { ok: false; field: string; message: string };

/**
 * Checks one parsed NDJSON line: the revision's own fields, then its record against the
 * entity's schema. A revision is immutable and known by its id in every archive, so it must
 * already be in canonical form: the schema may not drop unknown fields or trim spaces, or two
 * archives would hold different revisions under one id.
 */
export function validateRevisionLine(value: unknown): LineCheck {
  const head = RevisionLine.safeParse(value);
  if (!head.success) return fail(head.error.issues[0]);
  const revision = head.data as Revision;
  if (!jsonEqual(revision, value)) return differs(value, revision, '');
  if (revision.parents.includes(revision.id))
    return { ok: false, field: 'parents', message: 'a revision cannot be its own parent' };
  if (new Set(revision.parents).size !== revision.parents.length) {
    return { ok: false, field: 'parents', message: 'lists the same parent twice' };
  }
  if (revision.deleted) {
    return revision.data === null
      ? { ok: true, revision }
      : { ok: false, field: 'data', message: 'must be null in a deletion (deleted: true)' };
  }
  const schema = ENTITY_SCHEMAS[revision.entity];
  const data = schema.safeParse(revision.data);
  if (!data.success) return fail(data.error.issues[0], 'data');
  if (!jsonEqual(data.data, revision.data)) return differs(revision.data, data.data, 'data');
  if ((data.data as { id: string }).id !== revision.recordId) {
    return { ok: false, field: 'data.id', message: 'must equal the revision’s recordId' };
  }
  return { ok: true, revision };
}

function fail(issue: z.core.$ZodIssue | undefined, prefix = ''): LineCheck {
  if (!issue) return { ok: false, field: prefix, message: 'is not valid' };
  return { ok: false, ...describeIssue(issue, prefix) };
}

/** Names the first place where the input and its parsed form differ. */
function differs(input: unknown, parsed: unknown, path: string): LineCheck {
  if (
    typeof input === 'object' &&
    input !== null &&
    typeof parsed === 'object' &&
    parsed !== null
  ) {
    if (Array.isArray(input) && Array.isArray(parsed)) {
      for (let i = 0; i < input.length; i++) {
        if (!jsonEqual(input[i], parsed[i])) return differs(input[i], parsed[i], joinPath(path, i));
      }
    } else {
      const a = input as Record<string, unknown>;
      const b = parsed as Record<string, unknown>;
      for (const key of Object.keys(a)) {
        if (!Object.hasOwn(b, key)) {
          return {
            ok: false,
            field: joinPath(path, key),
            message: 'is not a field of this record (unknown field)',
          };
        }
        if (!jsonEqual(a[key], b[key])) return differs(a[key], b[key], joinPath(path, key));
      }
    }
  }
  return {
    ok: false,
    field: path,
    message: 'is not in canonical form (remove leading and trailing spaces)',
  };
}
