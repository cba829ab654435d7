import { useId, useMemo, useState } from 'react';
import { useCaseList } from '../db';
import { t } from '../i18n/t';
import { namesForList } from '../cases/namesForList';
import { matchesAllWords } from '../search/normalizeForMatch';

/** Case files shown at once; the filter narrows the rest down. */
const SHOWN = 300;

/**
 * Choosing case files for a bundle: a filter over every spelling of their names and a
 * checkbox per case file. What is chosen stays chosen when the filter changes.
 */
export function CaseChooser({
  chosen,
  onChange,
}: {
  chosen: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
}) {
  const cases = useCaseList();
  const [filter, setFilter] = useState('');
  const legendId = useId();
  const rows = useMemo(
    () =>
      (cases ?? []).map((c) => {
        const names = namesForList(c);
        return {
          id: c.id,
          display: names.display,
          cyrillic: names.cyrillic,
          haystack: c.names.map((n) => n.text).join(' '),
        };
      }),
    [cases],
  );
  const matching = filter.trim() ? rows.filter((r) => matchesAllWords(r.haystack, filter)) : rows;
  const shown = matching.slice(0, SHOWN);
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };

  return (
    <fieldset className="case-chooser" aria-labelledby={legendId}>
      <legend id={legendId}>{t('bundle.export.casesLegend')}</legend>
      <div className="case-chooser-tools">
        <input
          type="search"
          aria-label={t('bundle.export.filterCases')}
          placeholder={t('bundle.export.filterCases')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <button
          type="button"
          className="small"
          onClick={() => onChange(new Set([...chosen, ...matching.map((r) => r.id)]))}
        >
          {t('bundle.export.chooseShown', { count: matching.length })}
        </button>
        <button type="button" className="small" onClick={() => onChange(new Set())}>
          {t('bundle.export.chooseNone')}
        </button>
        <span className="muted" role="status">
          {t('bundle.export.chosenCount', { count: chosen.size })}
        </span>
      </div>
      <ul className="case-chooser-list">
        {shown.map((r) => (
          <li key={r.id}>
            <label className="checkbox-field">
              <input type="checkbox" checked={chosen.has(r.id)} onChange={() => toggle(r.id)} />
              <span>
                {r.display}
                {r.cyrillic.length > 0 ? (
                  <span className="alt-names"> {r.cyrillic.join(' · ')}</span>
                ) : null}
              </span>
            </label>
          </li>
        ))}
        {matching.length > shown.length ? (
          <li className="muted">
            {t('bundle.export.moreCases', { count: matching.length - shown.length })}
          </li>
        ) : null}
        {cases !== undefined && matching.length === 0 ? (
          <li className="muted">{t('bundle.export.noCases')}</li>
        ) : null}
      </ul>
    </fieldset>
  );
}
