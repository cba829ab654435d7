import type { Actor } from '../../shared/model/index.js';
import { Actor as ActorSchema, newId } from '../../shared/model/index.js';
import type { KartotekaDb } from './kartotekaDb.js';

/** The settings key of the actor profile: who this archive's revisions are made by. */
export const ACTOR_KEY = 'actor';

/** The actor profile, or null before the first write. */
export async function readActor(db: KartotekaDb): Promise<Actor | null> {
  const row = await db.settings.get(ACTOR_KEY);
  const parsed = ActorSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/**
 * The actor profile, created on first use. The id is what ties this researcher's revisions
 * together across archives, so it is made once and kept; only the name can change. Must run
 * inside a read-write transaction that includes the settings table.
 */
export async function ensureActor(db: KartotekaDb): Promise<Actor> {
  const row = await db.settings.get(ACTOR_KEY);
  if (row) {
    const parsed = ActorSchema.safeParse(row.value);
    // Never replace an unreadable profile silently: its id is in every revision made here.
    if (!parsed.success) throw new Error('the actor profile in settings is damaged');
    return parsed.data;
  }
  const actor: Actor = { id: newId(), name: 'Researcher' };
  await db.settings.put({ key: ACTOR_KEY, value: actor });
  return actor;
}
