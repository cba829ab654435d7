import type { Actor, Revision } from '../model/revision.js';
import type { EntityKind } from '../model/entities.js';
import { ENTITY_KINDS } from '../model/entities.js';
import type { FieldConflict } from '../model/recordMeta.js';
import type { RecordView } from '../merge/computeRecordView.js';
import { computeRecordView } from '../merge/computeRecordView.js';
import { groupByRecord } from '../merge/groupByRecord.js';
import { jsonEqual } from '../merge/jsonEqual.js';
import { recordLabel } from './recordLabel.js';

export const IMPORT_CHANGES = ['added', 'updated', 'deleted', 'conflicting', 'unchanged'] as const;
/**
 * What importing does to one record: added (new to the archive), updated, deleted (the
 * bundle brings its deletion), conflicting (it will have conflicts it does not have now),
 * unchanged (nothing new, or nothing that changes its value).
 */
export type ImportChange = (typeof IMPORT_CHANGES)[number];

export interface ImportPreviewItem {
  entity: EntityKind;
  recordId: string;
  /** A display label: a case file's name, a source's title, a tag's name, a quote… */
  label: string;
  change: ImportChange;
  /** Revisions of this record the archive does not have yet. */
  newRevisions: number;
  /** Who made those revisions. */
  authors: Actor[];
  /** The conflicts the record will have after the import (for 'conflicting'). */
  conflicts: FieldConflict[];
}

export interface ImportPreview {
  byEntity: Record<EntityKind, Record<ImportChange, ImportPreviewItem[]>>;
  totals: Record<ImportChange, number>;
  /** Revisions the import adds; the rest the archive already has. */
  newRevisions: number;
  knownRevisions: number;
  /** Texts the archive does not have yet. */
  newTexts: number;
  /**
   * New revisions naming a parent neither the archive nor the bundle has: a "changes" bundle
   * made for someone who missed an earlier one. Importing still works; the merge treats the
   * missing history as unknown.
   */
  missingParents: number;
}

export interface ExistingArchive {
  /** The archive's revisions of (at least) every record the bundle touches. */
  revisions: Iterable<Revision>;
  /** SHA-256 of the texts the archive holds (at least those the bundle brings). */
  textHashes?: Iterable<string>;
}

/**
 * What an import will do, computed before anything is written, so the person can look and
 * decide. It merges exactly as the archive will (computeRecordView over the union), so the
 * preview cannot promise something the import does not do.
 */
export function previewImport(
  existing: ExistingArchive,
  incoming: { revisions: readonly Revision[]; texts?: ReadonlyArray<{ sha256: string }> },
): ImportPreview {
  const before = groupByRecord(existing.revisions);
  const knownIds = new Set<string>();
  for (const group of before.values()) for (const r of group) knownIds.add(r.id);
  const incomingIds = new Set(incoming.revisions.map((r) => r.id));
  const collector = new PreviewCollector();
  let missingParents = 0;
  let order = 0;
  for (const [key, group] of groupByRecord(incoming.revisions)) {
    const { fresh } = collector.add(order++, before.get(key) ?? [], group, (id) =>
      knownIds.has(id),
    );
    missingParents += fresh.filter((r) =>
      r.parents.some((p) => !knownIds.has(p) && !incomingIds.has(p)),
    ).length;
  }
  const knownTexts = new Set(existing.textHashes ?? []);
  const newTexts = new Set(
    (incoming.texts ?? []).map((t) => t.sha256).filter((h) => !knownTexts.has(h)),
  ).size;
  return collector.result({ newTexts, missingParents }).preview;
}

/** How many records of each kind and change there are (a cut preview's lists' real lengths). */
export type ImportGroupSizes = Record<EntityKind, Record<ImportChange, number>>;

/**
 * Builds an ImportPreview record by record, in any order: each record comes with its place
 * in the bundle, and the lists come out in that order. With `shownPerGroup`, each list keeps
 * only the first records (the conflicting ones all): an importer working through a large
 * bundle a chunk at a time then holds no more than it shows.
 */
export class PreviewCollector {
  private readonly lists = emptyPreview();
  private readonly sizes = emptyGroupSizes();
  private readonly orders = new Map<ImportPreviewItem, number>();

  constructor(private readonly shownPerGroup: number = Number.POSITIVE_INFINITY) {}

  /**
   * Adds one record: `held` the archive's revisions of it, `group` the bundle's, `isKnown`
   * whether the archive holds a revision. Returns the revisions new to the archive.
   */
  add(
    order: number,
    held: readonly Revision[],
    group: readonly Revision[],
    isKnown: (id: string) => boolean,
  ): { fresh: Revision[] } {
    const fresh = group.filter((r) => !isKnown(r.id));
    this.lists.knownRevisions += group.length - fresh.length;
    this.lists.newRevisions += fresh.length;
    const beforeView = held.length > 0 ? computeRecordView(held) : null;
    const afterView = fresh.length > 0 ? computeRecordView([...held, ...fresh]) : beforeView;
    const { entity, recordId } = group[0] as Revision;
    const change = classify(beforeView, afterView, fresh.length);
    this.lists.totals[change] += 1;
    this.sizes[entity][change] += 1;
    const list = this.lists.byEntity[entity][change];
    // Cut now and then, not at every record: keeping the first ones needs a sort.
    if (change !== 'conflicting' && list.length >= 2 * this.shownPerGroup) this.cut(list);
    const shown =
      afterView && !afterView.deleted ? afterView.value : (beforeView?.value ?? lastData(group));
    const authors = new Map(fresh.map((r) => [r.by.id, r.by]));
    const item: ImportPreviewItem = {
      entity,
      recordId,
      label: recordLabel(entity, shown),
      change,
      newRevisions: fresh.length,
      authors: [...authors.values()],
      conflicts: change === 'conflicting' ? (afterView?.meta.conflicts ?? []) : [],
    };
    this.orders.set(item, order);
    list.push(item);
    return { fresh };
  }

  /** The preview (lists in the records' order), with the lists' real lengths. */
  result(rest: Pick<ImportPreview, 'newTexts' | 'missingParents'>): {
    preview: ImportPreview;
    groupSizes: ImportGroupSizes;
  } {
    for (const entity of ENTITY_KINDS) {
      for (const change of IMPORT_CHANGES) {
        const list = this.lists.byEntity[entity][change];
        if (change === 'conflicting') this.sort(list);
        else this.cut(list);
      }
    }
    return { preview: { ...this.lists, ...rest }, groupSizes: this.sizes };
  }

  /** Sorts a list by order and keeps its first shownPerGroup items. */
  private cut(list: ImportPreviewItem[]): void {
    this.sort(list);
    for (const dropped of list.splice(this.shownPerGroup)) this.orders.delete(dropped);
  }

  private sort(list: ImportPreviewItem[]): void {
    list.sort((a, b) => (this.orders.get(a) ?? 0) - (this.orders.get(b) ?? 0));
  }
}

function classify(
  before: RecordView | null,
  after: RecordView | null,
  fresh: number,
): ImportChange {
  if (fresh === 0 || !after) return 'unchanged';
  const conflictsBefore = before?.meta.conflicts ?? [];
  if (after.meta.conflicts.length > 0 && !jsonEqual(after.meta.conflicts, conflictsBefore))
    return 'conflicting';
  const existedBefore = before !== null && !before.deleted;
  if (!existedBefore) return after.deleted ? 'unchanged' : 'added';
  if (after.deleted) return 'deleted';
  return jsonEqual(before.value, after.value) &&
    jsonEqual(before.meta.conflicts, after.meta.conflicts)
    ? 'unchanged'
    : 'updated';
}

function lastData(group: readonly Revision[]): unknown {
  return [...group].reverse().find((r) => !r.deleted)?.data ?? null;
}

function emptyGroupSizes(): ImportGroupSizes {
  return Object.fromEntries(
    ENTITY_KINDS.map((k) => [k, Object.fromEntries(IMPORT_CHANGES.map((c) => [c, 0]))]),
  ) as ImportGroupSizes;
}

function emptyPreview(): ImportPreview {
  const byEntity = Object.fromEntries(
    ENTITY_KINDS.map((k) => [k, Object.fromEntries(IMPORT_CHANGES.map((c) => [c, []]))]),
  ) as unknown as ImportPreview['byEntity'];
  const totals = Object.fromEntries(IMPORT_CHANGES.map((c) => [c, 0])) as Record<
    ImportChange,
    number
  >;
  return { byEntity, totals, newRevisions: 0, knownRevisions: 0, newTexts: 0, missingParents: 0 };
}
