import type { EntityKind } from '../model/entities.js';
import { ENTITY_KINDS } from '../model/entities.js';

/**
 * What a first read of a bundle's revisions keeps of each one so that they can be checked
 * against each other and found again without keeping their data: its id, its record, and
 * where its line is. A few small numbers and one id per revision; the record's id and kind
 * once per record.
 */
export class RevisionIndex {
  private readonly ordinals = new Map<string, number>();
  /** Record ids to numbers: needed only while revisions are added (see done). */
  private records = new Map<string, number>();
  private readonly recordOfRevision: number[] = [];
  private readonly lineOfRevision: number[] = [];
  private readonly parts: { name: string; first: number }[] = [];
  private readonly lastOfRecord: number[] = [];
  private readonly entityOfRecord: number[] = [];
  private readonly recordIds: string[] = [];

  get revisionCount(): number {
    return this.recordOfRevision.length;
  }

  get recordCount(): number {
    return this.recordIds.length;
  }

  /** Revisions added from now on are lines of this part. */
  startPart(name: string): void {
    this.parts.push({ name, first: this.revisionCount });
  }

  /** Where the revision with this id was found ("part line n"), if it was. */
  whereIs(id: string): string | undefined {
    const ordinal = this.ordinals.get(id);
    if (ordinal === undefined) return undefined;
    const part = this.parts.findLast((p) => p.first <= ordinal);
    return `${part?.name ?? ''} line ${this.lineOfRevision[ordinal] ?? 0}`;
  }

  /** The kind of the record with this id in the revisions added so far. */
  entityOfRecordId(recordId: string): EntityKind | undefined {
    const record = this.records.get(recordId);
    return record === undefined ? undefined : this.entityOf(record);
  }

  add(r: { id: string; entity: EntityKind; recordId: string }, line: number): void {
    const ordinal = this.revisionCount;
    let record = this.records.get(r.recordId);
    if (record === undefined) {
      record = this.recordIds.length;
      this.records.set(r.recordId, record);
      this.recordIds.push(r.recordId);
      this.entityOfRecord.push(ENTITY_KINDS.indexOf(r.entity));
      this.lastOfRecord.push(ordinal);
    }
    this.ordinals.set(r.id, ordinal);
    this.recordOfRevision.push(record);
    this.lineOfRevision.push(line);
    this.lastOfRecord[record] = ordinal;
  }

  /** No more revisions come: the look-up by record id is dropped (the ids stay, by number). */
  done(): void {
    this.records = new Map();
  }

  revisionIds(): Iterable<string> {
    return this.ordinals.keys();
  }

  hasRevision(id: string): boolean {
    return this.ordinals.has(id);
  }

  recordOf(ordinal: number): number {
    return this.recordOfRevision[ordinal] ?? -1;
  }

  /** The ordinal of the record's last revision. */
  lastOf(record: number): number {
    return this.lastOfRecord[record] ?? -1;
  }

  entityOf(record: number): EntityKind {
    return ENTITY_KINDS[this.entityOfRecord[record] ?? 0] as EntityKind;
  }

  recordIdOf(record: number): string {
    return this.recordIds[record] ?? '';
  }

  /** Each revision's record, in order (the manifest's counts are checked against them). */
  *revisionRecords(): Generator<{ entity: EntityKind; recordId: string }> {
    for (const record of this.recordOfRevision)
      yield { entity: this.entityOf(record), recordId: this.recordIdOf(record) };
  }
}
