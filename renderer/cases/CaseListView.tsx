import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { currentStatusOf } from '../../shared/model/index.js';
import { useCaseList, useTags } from '../db';
import { t } from '../i18n/t';
import { href, navigate } from '../router/navigation';
import { Loading } from '../components/Loading';
import { StatusBadge } from '../components/StatusBadge';
import { TagChips } from '../components/TagChips';
import { formatTimestamp } from '../app/formatTimestamp';
import { BulkTagBar } from './BulkTagBar';
import { namesForList } from './namesForList';
import { LabelledControl } from '../components/form/LabelledControl';
import { ConflictBadge } from '../bundles/ConflictBadge';

const PAGE = 200;

/**
 * The case files, optionally filtered by tag. Keyboard: ↑/↓ (and Home/End) move between
 * rows, Enter opens, Space selects; selected rows can be tagged in bulk. Mounted with the tag
 * as its key, so changing the filter starts with a fresh selection.
 */
export function CaseListView({ tagId }: { tagId: string | null }) {
  const cases = useCaseList({ tagId });
  const tags = useTags();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [limit, setLimit] = useState(PAGE);
  const heading = useRef<HTMLHeadingElement>(null);

  if (!cases) return <Loading />;
  const shown = cases.slice(0, limit);
  const allShownSelected = shown.length > 0 && shown.every((c) => selected.has(c.id));
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleAll = () =>
    setSelected(allShownSelected ? new Set() : new Set(shown.map((c) => c.id)));

  const onRowKey = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-row-link]');
    if (!link) return;
    const links = Array.from(
      event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-row-link]'),
    );
    const at = links.indexOf(link);
    const go = (i: number) => {
      event.preventDefault();
      links[Math.max(0, Math.min(links.length - 1, i))]?.focus();
    };
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(links.length - 1);
    else if (event.key === ' ') {
      event.preventDefault();
      const id = link.dataset['rowLink'];
      if (id) toggle(id);
    }
  };

  const tag = tagId ? tags?.find((x) => x.id === tagId) : undefined;
  return (
    <div className="list-view">
      <div className="view-head">
        <h1 ref={heading} tabIndex={-1}>
          {t('cases.title')}
          {tag ? <span className="heading-sub"> · {tag.name}</span> : null}
        </h1>
        <p className="muted">{t('cases.count', { count: cases.length })}</p>
        <LabelledControl className="inline-field" label={t('cases.filterByTag')} labelClassName="">
          {(id) => (
            <>
              <select
                id={id}
                value={tagId ?? ''}
                onChange={(e) => navigate({ name: 'cases', tagId: e.target.value || null })}
              >
                <option value="">{t('cases.allTags')}</option>
                {tags?.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name} ({x.caseCount})
                  </option>
                ))}
              </select>
            </>
          )}
        </LabelledControl>
      </div>
      {selected.size > 0 ? (
        <BulkTagBar
          selected={[...selected]}
          tags={tags ?? []}
          onClear={() => setSelected(new Set())}
        />
      ) : null}
      {cases.length === 0 ? (
        <div className="empty-state">
          <p>{tagId ? t('cases.emptyForTag') : t('cases.empty')}</p>
          {tagId ? null : <p className="muted">{t('cases.emptyHint')}</p>}
        </div>
      ) : (
        <>
          <table className="data-table case-table">
            <thead>
              <tr>
                <th scope="col" className="col-check">
                  <input
                    type="checkbox"
                    aria-label={t('cases.selectAll')}
                    checked={allShownSelected}
                    onChange={toggleAll}
                  />
                </th>
                <th scope="col">{t('cases.col.name')}</th>
                <th scope="col">{t('cases.col.status')}</th>
                <th scope="col">{t('cases.col.tags')}</th>
                <th scope="col" className="col-date">
                  {t('cases.col.updated')}
                </th>
              </tr>
            </thead>
            <tbody onKeyDown={onRowKey}>
              {shown.map((c) => {
                const names = namesForList(c);
                const isSelected = selected.has(c.id);
                return (
                  <tr
                    key={c.id}
                    aria-selected={isSelected}
                    className={isSelected ? 'selected' : undefined}
                  >
                    <td className="col-check">
                      <input
                        type="checkbox"
                        aria-label={t('cases.selectOne', { name: names.display })}
                        checked={isSelected}
                        onChange={() => toggle(c.id)}
                        tabIndex={-1}
                      />
                    </td>
                    <td>
                      <a href={href.caseFile(c.id)} data-row-link={c.id} className="row-link">
                        {names.display}
                      </a>
                      {names.cyrillic.length > 0 ? (
                        <span className="alt-names">{names.cyrillic.join(' · ')}</span>
                      ) : null}
                      <ConflictBadge count={c.meta.conflicts.length} />
                    </td>
                    <td>
                      <StatusBadge status={currentStatusOf(c)?.status ?? null} />
                    </td>
                    <td>
                      <TagChips tagIds={c.tagIds} tags={tags} />
                    </td>
                    <td className="col-date muted">{formatTimestamp(c.meta.updatedAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="muted hint">{t('cases.keyboardHint')}</p>
          {cases.length > limit ? (
            <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
              {t('cases.showMore', {
                count: Math.min(PAGE, cases.length - limit),
                total: cases.length,
              })}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
