import type { Table } from 'dexie';
import type { AnyEntity, EntityKind, Stored } from '../../shared/model/index.js';
import type { KartotekaDb } from './kartotekaDb.js';

const TABLE_OF = {
  case: 'cases',
  source: 'sources',
  citation: 'citations',
  annotation: 'annotations',
  note: 'notes',
  tag: 'tags',
} as const satisfies Record<EntityKind, keyof KartotekaDb>;

/** The table holding the current rows of one kind of record. */
export function entityTable(db: KartotekaDb, entity: EntityKind): Table<Stored<AnyEntity>, string> {
  // Every entity table holds Stored<that entity>; the union view is what generic code needs.
  return db[TABLE_OF[entity]] as unknown as Table<Stored<AnyEntity>, string>;
}
