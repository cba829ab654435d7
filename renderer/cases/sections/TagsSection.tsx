import { useState } from 'react';
import type { CaseFile, Stored } from '../../../shared/model/index.js';
import { useArchive, useTags } from '../../db';
import type { TagWithCount } from '../../db';
import { t } from '../../i18n/t';
import { errorMessage } from '../../app/errorMessage';
import { TagChips } from '../../components/TagChips';
import { CaseSection } from './CaseSection';
import { useSectionEditor } from './useSectionEditor';
import { LabelledControl } from '../../components/form/LabelledControl';

const toDraft = (c: CaseFile): string[] => c.tagIds;
const apply = (c: CaseFile, tagIds: string[]): CaseFile => ({ ...c, tagIds });

export function TagsSection({ caseFile }: { caseFile: Stored<CaseFile> }) {
  const editor = useSectionEditor(caseFile, toDraft, apply);
  const tags = useTags();
  return (
    <CaseSection
      title={t('section.tags')}
      editor={editor}
      describe={() => t('section.tags')}
      view={
        caseFile.tagIds.length === 0 ? (
          <p className="muted">{t('tags.onCase.empty')}</p>
        ) : (
          <TagChips tagIds={caseFile.tagIds} tags={tags} />
        )
      }
      form={(tagIds) => (
        <TagPicker
          tags={tags ?? []}
          chosen={tagIds}
          onChange={(next) => editor.setDraft(() => next)}
        />
      )}
    />
  );
}

/** The vocabulary as checkboxes, with type-to-filter and "create" for a new term. */
function TagPicker({
  tags,
  chosen,
  onChange,
}: {
  tags: readonly TagWithCount[];
  chosen: readonly string[];
  onChange: (tagIds: string[]) => void;
}) {
  const archive = useArchive();
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string | null>(null);
  const needle = filter.trim().toLocaleLowerCase();
  const shown = needle ? tags.filter((tag) => tag.name.toLocaleLowerCase().includes(needle)) : tags;
  const exact = tags.some((tag) => tag.name.toLocaleLowerCase() === needle);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen.filter((x) => x !== id), id] : chosen.filter((x) => x !== id));
  const create = async () => {
    try {
      const id = await archive.tags.create(filter.trim());
      onChange([...chosen, id]);
      setFilter('');
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div className="tag-picker">
      <LabelledControl className="field" label={t('tags.onCase.filter')}>
        {(id) => (
          <>
            <input
              id={id}
              type="text"
              value={filter}
              maxLength={100}
              onChange={(e) => setFilter(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && needle && !exact && !e.ctrlKey && !e.metaKey) {
                  e.preventDefault();
                  void create();
                }
              }}
            />
          </>
        )}
      </LabelledControl>
      <ul className="checkbox-list">
        {shown.map((tag) => (
          <li key={tag.id}>
            <label className="checkbox-field">
              <input
                type="checkbox"
                checked={chosen.includes(tag.id)}
                onChange={(e) => toggle(tag.id, e.target.checked)}
              />
              <span>{tag.name}</span>
              <span className="muted"> ({tag.caseCount})</span>
            </label>
          </li>
        ))}
      </ul>
      {needle && !exact ? (
        <button type="button" className="small" onClick={() => void create()}>
          {t('tags.onCase.create', { name: filter.trim() })}
        </button>
      ) : null}
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
