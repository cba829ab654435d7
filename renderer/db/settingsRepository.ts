import { Actor } from '../../shared/model/index.js';
import type { SettingsRepository } from './archiveTypes.js';
import { ACTOR_KEY, ensureActor } from './actorSetting.js';
import type { KartotekaDb } from './kartotekaDb.js';
import {
  DOSSIER_PROFILE_KEY,
  DossierProfile,
  readDossierProfile,
} from './dossierProfileSetting.js';
import { KartotekaDataError } from './KartotekaDataError.js';

export function createSettingsRepository(db: KartotekaDb): SettingsRepository {
  return {
    getActor: () => db.transaction('rw', db.settings, () => ensureActor(db)),

    setActorName: (name) =>
      db.transaction('rw', db.settings, async () => {
        const actor = Actor.safeParse({ ...(await ensureActor(db)), name });
        if (!actor.success) throw KartotekaDataError.fromZod('the actor name', actor.error);
        await db.settings.put({ key: ACTOR_KEY, value: actor.data });
      }),

    getDossierProfile: () => readDossierProfile(db),

    setDossierProfile: async (profile) => {
      const parsed = DossierProfile.safeParse(profile);
      if (!parsed.success) throw KartotekaDataError.fromZod('the dossier options', parsed.error);
      await db.settings.put({ key: DOSSIER_PROFILE_KEY, value: parsed.data });
    },
  };
}
