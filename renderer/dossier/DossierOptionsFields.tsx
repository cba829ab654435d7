import type { DossierProfile } from '../db';
import { t } from '../i18n/t';
import { CheckboxField } from '../components/form/fields';

/** The redaction choices of a dossier; nothing is shown until the remembered ones are read. */
export function DossierOptionsFields({
  profile,
  onChange,
}: {
  profile: DossierProfile | undefined;
  onChange: (profile: DossierProfile) => void;
}) {
  if (!profile) return null;
  return (
    <>
      <CheckboxField
        label={t('dossier.confidential')}
        checked={profile.confidential}
        onChange={(confidential) => onChange({ ...profile, confidential })}
      />
      <CheckboxField
        label={t('dossier.omitPrivate')}
        checked={profile.omitPrivateNotes}
        onChange={(omitPrivateNotes) => onChange({ ...profile, omitPrivateNotes })}
      />
    </>
  );
}
