import { useEffect, useRef } from 'react';
import type { SearchFilters } from '../../../shared/search/index.js';
import { t } from '../../i18n/t';
import type { FilterChip } from './filterChips';

interface Props {
  chips: readonly FilterChip[];
  onFilters: (filters: SearchFilters) => void;
  /** Where the keyboard goes when the last chip is gone. */
  onEmptied: () => void;
}

/** The filters in force, each removable, and one button to remove them all. */
export function FilterChips({ chips, onFilters, onEmptied }: Props) {
  const list = useRef<HTMLDivElement>(null);
  // The position of a chip just removed with its button: the keyboard moves to its neighbour
  // rather than falling back to the top of the page.
  const removedAt = useRef<number | null>(null);
  useEffect(() => {
    const at = removedAt.current;
    if (at === null) return;
    removedAt.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('.chip-remove');
    const next = buttons?.[Math.min(at, buttons.length - 1)];
    if (next) next.focus();
    else onEmptied();
  }, [chips, onEmptied]);

  if (chips.length === 0) return null;
  const remove = (index: number, filters: SearchFilters) => {
    removedAt.current = index;
    onFilters(filters);
  };
  return (
    <div className="search-filter-chips" ref={list}>
      <ul className="chips" aria-label={t('searchFilters.active')}>
        {chips.map((chip, index) => (
          <li key={chip.key} className="chip filter-chip">
            <span>{chip.label}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={t('searchFilters.remove', { filter: chip.label })}
              title={t('searchFilters.remove', { filter: chip.label })}
              onClick={() => remove(index, chip.without)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="subtle small" onClick={() => remove(0, {})}>
        {t('searchFilters.clear')}
      </button>
    </div>
  );
}
