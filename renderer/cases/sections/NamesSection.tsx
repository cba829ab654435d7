import type { CaseFile, NameEntry, NameScript, Stored } from '../../../shared/model/index.js';
import { newId } from '../../../shared/model/index.js';
import { t } from '../../i18n/t';
import { NAME_SCRIPTS } from '../../components/options';
import { SelectField, TextField } from '../../components/form/fields';
import { CitationMarkers } from '../citations/CitationMarkers';
import { CaseSection } from './CaseSection';
import { describeEntryPath, removeAt, replaceAt } from './listDraft';
import { useSectionEditor } from './useSectionEditor';

const toDraft = (c: CaseFile): NameEntry[] => c.names;
const apply = (c: CaseFile, names: NameEntry[]): CaseFile => ({
  ...c,
  names: names.map((n) => ({ ...n, text: n.text.trim() })),
});
/** BCP 47 tags for names, so screen readers and hyphenation treat them right. */
export const LANG_OF_SCRIPT: Record<NameScript, string | undefined> = {
  be: 'be',
  ru: 'ru',
  latin: undefined,
  other: undefined,
};

/**
 * A new row offers the first of Latin, Belarusian and Russian that has no primary name yet
 * (the three spellings a case file should have), else an alias.
 */
function nextName(names: readonly NameEntry[]): NameEntry {
  const missing = (['latin', 'be', 'ru'] as const).find(
    (script) => !names.some((n) => n.script === script && n.kind === 'primary'),
  );
  return { id: newId(), text: '', script: missing ?? 'latin', kind: missing ? 'primary' : 'alias' };
}

export function NamesSection({
  caseFile,
  startEditing,
  onStarted,
}: {
  caseFile: Stored<CaseFile>;
  startEditing: boolean;
  onStarted: () => void;
}) {
  const editor = useSectionEditor(caseFile, toDraft, apply);
  const scriptOptions = NAME_SCRIPTS.map((s) => ({ value: s, label: t(`script.${s}`) }));
  const kindOptions = (['primary', 'alias'] as const).map((k) => ({
    value: k,
    label: t(`nameKind.${k}`),
  }));
  return (
    <CaseSection
      title={t('section.names')}
      editor={editor}
      startEditing={startEditing}
      onStarted={onStarted}
      describe={(path) =>
        describeEntryPath(
          path,
          (i) => `${t('names.text')} ${i + 1}`,
          { text: t('names.text'), script: t('names.script') },
          t('section.names'),
        )
      }
      view={
        <table className="fact-table">
          <thead>
            <tr>
              <th scope="col">{t('names.text')}</th>
              <th scope="col">{t('names.script')}</th>
              <th scope="col">{t('names.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {caseFile.names.map((n) => (
              <tr key={n.id}>
                <td>
                  <span lang={LANG_OF_SCRIPT[n.script]}>{n.text}</span>
                  <CitationMarkers fact={{ field: 'names', entryId: n.id }} />
                </td>
                <td className="muted">{t(`script.${n.script}`)}</td>
                <td className="muted">{t(`nameKind.${n.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
      form={(names) => (
        <>
          <table className="form-table">
            <thead>
              <tr>
                <th scope="col">{t('names.text')}</th>
                <th scope="col">{t('names.script')}</th>
                <th scope="col">{t('names.kind')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {names.map((n, i) => (
                <tr key={n.id}>
                  <td>
                    <TextField
                      label={`${t('names.text')} ${i + 1}`}
                      hideLabel
                      path={`names.${i}.text`}
                      value={n.text}
                      maxLength={300}
                      lang={LANG_OF_SCRIPT[n.script]}
                      onChange={(text) =>
                        editor.setDraft((d) => replaceAt(d, i, (x) => ({ ...x, text })))
                      }
                    />
                  </td>
                  <td>
                    <SelectField
                      label={`${t('names.script')} ${i + 1}`}
                      hideLabel
                      path={`names.${i}.script`}
                      value={n.script}
                      options={scriptOptions}
                      onChange={(script) =>
                        editor.setDraft((d) => replaceAt(d, i, (x) => ({ ...x, script })))
                      }
                    />
                  </td>
                  <td>
                    <SelectField
                      label={`${t('names.kind')} ${i + 1}`}
                      hideLabel
                      path={`names.${i}.kind`}
                      value={n.kind}
                      options={kindOptions}
                      onChange={(kind) =>
                        editor.setDraft((d) => replaceAt(d, i, (x) => ({ ...x, kind })))
                      }
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="small"
                      aria-label={t('names.remove', { index: i + 1 })}
                      onClick={() => editor.setDraft((d) => removeAt(d, i))}
                    >
                      {t('common.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="small"
            onClick={() => editor.setDraft((d) => [...d, nextName(d)])}
          >
            {t('names.add')}
          </button>
        </>
      )}
    />
  );
}
