import type { CaseFile, DetentionPlace, Stored } from '../../../shared/model/index.js';
import { formatPartialDate, newId } from '../../../shared/model/index.js';
import { t } from '../../i18n/t';
import { DateField, TextField } from '../../components/form/fields';
import { CitationMarkers } from '../citations/CitationMarkers';
import { CaseSection } from './CaseSection';
import { EntryListEditor } from './EntryListEditor';
import { dateOrNull, describeEntryPath } from './listDraft';
import { useSectionEditor } from './useSectionEditor';

type PlaceDraft = Omit<DetentionPlace, 'from' | 'to'> & { from: string; to: string };

const toDraft = (c: CaseFile): PlaceDraft[] =>
  c.detention.map((p) => ({ ...p, from: p.from ?? '', to: p.to ?? '' }));
const apply = (c: CaseFile, d: PlaceDraft[]): CaseFile => ({
  ...c,
  detention: d.map((p) => ({
    ...p,
    place: p.place.trim(),
    note: p.note.trim(),
    from: dateOrNull(p.from),
    to: dateOrNull(p.to),
  })),
});

export function DetentionSection({ caseFile }: { caseFile: Stored<CaseFile> }) {
  const editor = useSectionEditor(caseFile, toDraft, apply);
  const entry = (i: number) => `${t('detention.place')} ${i + 1}`;
  const labels = {
    place: t('detention.place'),
    from: t('detention.from'),
    to: t('detention.to'),
    note: t('detention.note'),
  };
  return (
    <CaseSection
      title={t('section.detention')}
      editor={editor}
      describe={(path) => describeEntryPath(path, entry, labels, t('section.detention'))}
      view={
        caseFile.detention.length === 0 ? (
          <p className="muted">{t('detention.empty')}</p>
        ) : (
          <table className="fact-table">
            <thead>
              <tr>
                <th scope="col">{labels.place}</th>
                <th scope="col">{labels.from}</th>
                <th scope="col">{labels.to}</th>
                <th scope="col">{labels.note}</th>
              </tr>
            </thead>
            <tbody>
              {caseFile.detention.map((p) => (
                <tr key={p.id}>
                  <td>
                    {p.place}
                    <CitationMarkers fact={{ field: 'detention', entryId: p.id }} />
                  </td>
                  <td>{p.from ? formatPartialDate(p.from) : '—'}</td>
                  <td>{p.to ? formatPartialDate(p.to) : '—'}</td>
                  <td className="muted">{p.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
      form={(d) => (
        <EntryListEditor
          items={d}
          setItems={editor.setDraft}
          keyOf={(p) => p.id}
          pathPrefix="detention"
          legend={entry}
          removeLabel={(i) => t('detention.remove', { index: i + 1 })}
          addLabel={t('detention.add')}
          newItem={() => ({ id: newId(), place: '', from: '', to: '', note: '' })}
          fields={(_, __, bind) => (
            <>
              <TextField label={labels.place} className="grow" maxLength={500} {...bind('place')} />
              <DateField label={labels.from} {...bind('from')} />
              <DateField label={labels.to} {...bind('to')} />
              <TextField label={labels.note} className="grow" maxLength={2000} {...bind('note')} />
            </>
          )}
        />
      )}
    />
  );
}
