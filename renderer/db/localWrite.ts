import type { Actor } from '../../shared/model/index.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { ensureActor } from './actorSetting.js';
import { writeTransaction } from './recordStore.js';

/**
 * One repository call: a single read-write transaction in which `work` gets the actor who
 * signs the revisions it makes. Whatever `work` throws rolls all of it back.
 */
export function localWrite<T>(db: KartotekaDb, work: (actor: Actor) => Promise<T>): Promise<T> {
  return writeTransaction(db, async () => work(await ensureActor(db)));
}
