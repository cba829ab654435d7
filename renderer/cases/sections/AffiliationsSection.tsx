import type { Affiliation, CaseFile, Stored } from '../../../shared/model/index.js';
import { newId } from '../../../shared/model/index.js';
import { t } from '../../i18n/t';
import { TextField } from '../../components/form/fields';
import { CitationMarkers } from '../citations/CitationMarkers';
import { CaseSection } from './CaseSection';
import { EntryListEditor } from './EntryListEditor';
import { describeEntryPath } from './listDraft';
import { useSectionEditor } from './useSectionEditor';

const toDraft = (c: CaseFile): Affiliation[] => c.affiliations;
const apply = (c: CaseFile, d: Affiliation[]): CaseFile => ({
  ...c,
  affiliations: d.map((a) => ({ ...a, name: a.name.trim(), role: a.role.trim() })),
});

export function AffiliationsSection({ caseFile }: { caseFile: Stored<CaseFile> }) {
  const editor = useSectionEditor(caseFile, toDraft, apply);
  const entry = (i: number) => `${t('fact.affiliations')} ${i + 1}`;
  return (
    <CaseSection
      title={t('section.affiliations')}
      editor={editor}
      describe={(path) =>
        describeEntryPath(
          path,
          entry,
          { name: t('affiliations.name'), role: t('affiliations.role') },
          t('section.affiliations'),
        )
      }
      view={
        caseFile.affiliations.length === 0 ? (
          <p className="muted">{t('affiliations.empty')}</p>
        ) : (
          <ul className="fact-bullets">
            {caseFile.affiliations.map((a) => (
              <li key={a.id}>
                <strong>{a.name}</strong>
                {a.role ? <span className="muted">, {a.role}</span> : null}
                <CitationMarkers fact={{ field: 'affiliations', entryId: a.id }} />
              </li>
            ))}
          </ul>
        )
      }
      form={(d) => (
        <EntryListEditor
          items={d}
          setItems={editor.setDraft}
          keyOf={(a) => a.id}
          pathPrefix="affiliations"
          legend={entry}
          removeLabel={(i) => t('affiliations.remove', { index: i + 1 })}
          addLabel={t('affiliations.add')}
          newItem={() => ({ id: newId(), name: '', role: '' })}
          fields={(_, __, bind) => (
            <>
              <TextField label={t('affiliations.name')} maxLength={300} {...bind('name')} />
              <TextField label={t('affiliations.role')} maxLength={300} {...bind('role')} />
            </>
          )}
        />
      )}
    />
  );
}
