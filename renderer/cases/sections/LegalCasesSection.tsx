import type { CaseFile, Stored } from '../../../shared/model/index.js';
import { t } from '../../i18n/t';
import { CaseSection } from './CaseSection';
import { removeAt, replaceAt } from './listDraft';
import { emptyLegalCase, fromLegalCaseDraft, toLegalCaseDraft } from './legalCaseDraft';
import type { LegalCaseDraft } from './legalCaseDraft';
import { LegalCaseForm } from './LegalCaseForm';
import { LegalCaseView } from './LegalCaseView';
import { useSectionEditor } from './useSectionEditor';

const toDraft = (c: CaseFile): LegalCaseDraft[] => c.legalCases.map(toLegalCaseDraft);
const apply = (c: CaseFile, d: LegalCaseDraft[]): CaseFile => ({
  ...c,
  legalCases: d.map(fromLegalCaseDraft),
});

const FIELD_LABELS: Record<string, () => string> = {
  articles: () => t('legal.articles'),
  charges: () => t('legal.charges'),
  court: () => t('legal.court'),
  arrestDate: () => t('legal.arrestDate'),
  verdictDate: () => t('legal.verdictDate'),
  sentence: () => t('legal.sentence'),
  fines: () => t('legal.fines'),
  note: () => t('legal.note'),
};

function describe(path: string): string {
  const [, index, field] = path.split('.');
  const head =
    index === undefined ? t('section.legalCases') : t('legal.case', { index: Number(index) + 1 });
  const label = field ? FIELD_LABELS[field]?.() : undefined;
  return label ? `${head} · ${label}` : head;
}

export function LegalCasesSection({ caseFile }: { caseFile: Stored<CaseFile> }) {
  const editor = useSectionEditor(caseFile, toDraft, apply);
  return (
    <CaseSection
      title={t('section.legalCases')}
      editor={editor}
      describe={describe}
      view={
        caseFile.legalCases.length === 0 ? (
          <p className="muted">{t('legal.empty')}</p>
        ) : (
          caseFile.legalCases.map((legal, i) => (
            <LegalCaseView key={legal.id} legal={legal} index={i} />
          ))
        )
      }
      form={(d) => (
        <>
          {d.map((legal, i) => (
            <LegalCaseForm
              key={legal.id}
              legal={legal}
              index={i}
              update={(change) => editor.setDraft((x) => replaceAt(x, i, change))}
              onRemove={() => editor.setDraft((x) => removeAt(x, i))}
            />
          ))}
          <button
            type="button"
            className="small"
            onClick={() => editor.setDraft((x) => [...x, emptyLegalCase()])}
          >
            {t('legal.add')}
          </button>
        </>
      )}
    />
  );
}
