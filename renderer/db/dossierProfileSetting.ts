import { z } from '../../shared/model/zod.js';
import type { KartotekaDb } from './kartotekaDb.js';

/**
 * The redaction profile: the dossier options last used in this archive, preselected the next
 * time a dossier is made. Local knowledge, kept in the settings table; it never travels.
 */
export const DossierProfile = z.object({
  confidential: z.boolean(),
  omitPrivateNotes: z.boolean(),
});
export type DossierProfile = z.infer<typeof DossierProfile>;

/** The settings key of the redaction profile. */
export const DOSSIER_PROFILE_KEY = 'dossier.profile';

/** Before the first dossier: no marking, private notes left out (the safe way to hand out). */
export const DEFAULT_DOSSIER_PROFILE: DossierProfile = {
  confidential: false,
  omitPrivateNotes: true,
};

/** The stored profile; the default when there is none or it cannot be read. */
export async function readDossierProfile(db: KartotekaDb): Promise<DossierProfile> {
  const row = await db.settings.get(DOSSIER_PROFILE_KEY);
  const parsed = DossierProfile.safeParse(row?.value);
  return parsed.success ? parsed.data : { ...DEFAULT_DOSSIER_PROFILE };
}
