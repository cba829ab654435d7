import { useCallback, useEffect, useState } from 'react';
import { useArchive } from '../db';
import type { DossierProfile } from '../db';

/**
 * The redaction profile for a dossier dialog: the options last used, read once when the
 * dialog opens (undefined until then), and `remember` to keep the ones a dossier was made with.
 */
export function useDossierProfile() {
  const archive = useArchive();
  const [profile, setProfile] = useState<DossierProfile | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void archive.settings.getDossierProfile().then((stored) => {
      if (live) setProfile((current) => current ?? stored);
    });
    return () => {
      live = false;
    };
  }, [archive]);
  const remember = useCallback(
    (used: DossierProfile) => archive.settings.setDossierProfile(used),
    [archive],
  );
  return { profile, setProfile, remember };
}
