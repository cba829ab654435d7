import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { formatPartialDate } from '../../shared/model/index.js';
import { useSourceList } from '../db';
import { t } from '../i18n/t';
import { href } from '../router/navigation';
import { Loading } from '../components/Loading';
import { formatTimestamp } from '../app/formatTimestamp';

/** Every source, newest first; ↑/↓ move between rows, Enter opens. */
export function SourceListView() {
  const sources = useSourceList();
  const body = useRef<HTMLTableSectionElement>(null);
  if (!sources) return <Loading />;

  const onKey = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.row-link'));
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    links[
      Math.max(0, Math.min(links.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))
    ]?.focus();
  };

  return (
    <div className="list-view">
      <div className="view-head">
        <h1>{t('sources.title')}</h1>
        <p className="muted">{t('sources.count', { count: sources.length })}</p>
      </div>
      {sources.length === 0 ? (
        <div className="empty-state">
          <p>{t('sources.empty')}</p>
          <p className="muted">{t('sources.emptyHint')}</p>
        </div>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('sources.col.title')}</th>
              <th scope="col">{t('sources.col.publisher')}</th>
              <th scope="col" className="col-date">
                {t('sources.col.date')}
              </th>
              <th scope="col" className="col-date">
                {t('sources.col.added')}
              </th>
            </tr>
          </thead>
          <tbody ref={body} onKeyDown={onKey}>
            {sources.map((s) => (
              <tr key={s.id}>
                <td>
                  <a className="row-link" href={href.source(s.id)}>
                    {s.title || t('sources.untitled')}
                  </a>
                </td>
                <td>{s.publisher}</td>
                <td className="col-date">{s.date ? formatPartialDate(s.date) : ''}</td>
                <td className="col-date muted">{formatTimestamp(s.addedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
