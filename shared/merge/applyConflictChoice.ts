import type { FieldConflict } from '../model/recordMeta.js';
import { DELETED_CONFLICT_PATH } from './mergeState.js';

/**
 * The record value with one conflict settled by choosing one of its versions: the field
 * set to the version's value, or, for `field/entryId`, that entry replaced by the version
 * (or removed, when the chosen version is the removal, null). The `$deleted` conflict is
 * settled by the resolution revision's `deleted` flag instead, so it leaves the value alone.
 * Feed the result to resolutionRevision once every conflict the person looked at is chosen.
 */
export function applyConflictChoice(
  value: Readonly<Record<string, unknown>>,
  conflict: Pick<FieldConflict, 'path'>,
  chosen: unknown,
): Record<string, unknown> {
  const { path } = conflict;
  if (path === DELETED_CONFLICT_PATH) return { ...value };
  const slash = path.indexOf('/');
  if (slash < 0) return { ...value, [path]: chosen };
  const field = path.slice(0, slash);
  const entryId = path.slice(slash + 1);
  const list = Array.isArray(value[field]) ? (value[field] as unknown[]) : [];
  const isEntry = (e: unknown) => (e as { id?: unknown } | null)?.id === entryId;
  const at = list.findIndex(isEntry);
  const next = list.filter((e) => !isEntry(e));
  if (chosen !== null && chosen !== undefined) next.splice(at < 0 ? next.length : at, 0, chosen);
  return { ...value, [field]: next };
}
