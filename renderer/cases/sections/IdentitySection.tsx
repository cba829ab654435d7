import type { CaseFile, Gender, Stored } from '../../../shared/model/index.js';
import { formatPartialDate } from '../../../shared/model/index.js';
import { t } from '../../i18n/t';
import { GENDERS } from '../../components/options';
import { DateField, SelectField, TextAreaField } from '../../components/form/fields';
import { CitationMarkers } from '../citations/CitationMarkers';
import { CaseSection } from './CaseSection';
import { dateOrNull } from './listDraft';
import { useSectionEditor } from './useSectionEditor';

interface IdentityDraft {
  birthDate: string;
  gender: Gender | '';
  occupation: string;
}

const toDraft = (c: CaseFile): IdentityDraft => ({
  birthDate: c.birthDate ?? '',
  gender: c.gender ?? '',
  occupation: c.occupation,
});
const apply = (c: CaseFile, d: IdentityDraft): CaseFile => ({
  ...c,
  birthDate: dateOrNull(d.birthDate),
  gender: d.gender === '' ? null : d.gender,
  occupation: d.occupation.trim(),
});

export function IdentitySection({ caseFile }: { caseFile: Stored<CaseFile> }) {
  const editor = useSectionEditor(caseFile, toDraft, apply);
  const labels = {
    birthDate: t('identity.birthDate'),
    gender: t('identity.gender'),
    occupation: t('identity.occupation'),
  };
  const notRecorded = <span className="muted">{t('common.notRecorded')}</span>;
  return (
    <CaseSection
      title={t('section.identity')}
      editor={editor}
      describe={(path) => labels[path as keyof typeof labels] ?? path}
      view={
        <dl className="fact-list">
          <dt>{labels.birthDate}</dt>
          <dd>
            {caseFile.birthDate ? formatPartialDate(caseFile.birthDate) : notRecorded}
            <CitationMarkers fact={{ field: 'birthDate', entryId: null }} />
          </dd>
          <dt>{labels.gender}</dt>
          <dd>
            {caseFile.gender ? t(`gender.${caseFile.gender}`) : notRecorded}
            <CitationMarkers fact={{ field: 'gender', entryId: null }} />
          </dd>
          <dt>{labels.occupation}</dt>
          <dd>
            {caseFile.occupation || notRecorded}
            <CitationMarkers fact={{ field: 'occupation', entryId: null }} />
          </dd>
        </dl>
      }
      form={(d) => (
        <div className="form-grid">
          <DateField
            label={labels.birthDate}
            path="birthDate"
            value={d.birthDate}
            hint={t('common.dateHint')}
            onChange={(birthDate) => editor.setDraft((x) => ({ ...x, birthDate }))}
          />
          <SelectField
            label={labels.gender}
            path="gender"
            value={d.gender}
            options={[
              { value: '' as const, label: t('identity.genderUnknown') },
              ...GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) })),
            ]}
            onChange={(gender) => editor.setDraft((x) => ({ ...x, gender }))}
          />
          <TextAreaField
            label={labels.occupation}
            path="occupation"
            className="span-2"
            rows={2}
            maxLength={1000}
            value={d.occupation}
            onChange={(occupation) => editor.setDraft((x) => ({ ...x, occupation }))}
          />
        </div>
      )}
    />
  );
}
