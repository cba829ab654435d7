import './searchPopover.css';
import type { SearchGroupName } from '../../shared/search/index.js';
import { t } from '../i18n/t';
import type { IndexProgress } from './ArchiveSearch';
import { HighlightedText } from './HighlightedText';
import type { SearchOption } from './searchOptions';

const GROUP_LABEL: Record<SearchGroupName, () => string> = {
  cases: () => t('search.cases'),
  sources: () => t('search.sources'),
  notes: () => t('search.notes'),
};

interface Props {
  id: string;
  options: SearchOption[];
  active: number;
  progress: IndexProgress | null;
  onActivate: (index: number) => void;
  onOpen: (option: SearchOption) => void;
  /** The search page for the same query, with every result. */
  showAllHref?: string;
  onShowAll?: () => void;
}

/**
 * The results shown under the search box as one types: a listbox grouped into case files,
 * sources and notes. Focus stays in the search box, which points at the active option with
 * aria-activedescendant.
 */
export function SearchPopover({
  id,
  options,
  active,
  progress,
  onActivate,
  onOpen,
  showAllHref,
  onShowAll,
}: Props) {
  const groups = (['cases', 'sources', 'notes'] as const).filter((g) =>
    options.some((o) => o.group === g),
  );
  return (
    <div className="search-popover">
      {progress ? (
        <p className="muted small-text" role="status">
          {t('search.indexing', { done: String(progress.done), total: String(progress.total) })}
        </p>
      ) : null}
      {options.length === 0 && !progress ? (
        <p className="muted small-text" role="status">
          {t('search.noResults')}
        </p>
      ) : null}
      <div id={id} role="listbox" aria-label={t('search.resultsLabel')}>
        {groups.map((group) => (
          <div key={group} role="group" aria-labelledby={`${id}-${group}`}>
            <div id={`${id}-${group}`} className="search-group-label" role="presentation">
              {GROUP_LABEL[group]()}
            </div>
            {options.map((option, index) =>
              option.group === group ? (
                <div
                  key={option.domId}
                  id={option.domId}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'search-option active' : 'search-option'}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => onActivate(index)}
                  onClick={() => onOpen(option)}
                >
                  <span className="search-option-title">
                    {option.hit.nameMatch ? (
                      <HighlightedText
                        text={option.hit.nameMatch.name}
                        highlights={option.hit.nameMatch.highlights}
                      />
                    ) : (
                      option.hit.title
                    )}
                  </span>
                  {option.hit.nameMatch && option.hit.nameMatch.name !== option.hit.title ? (
                    <span className="muted small-text"> {option.hit.title}</span>
                  ) : null}
                  {option.hit.snippet ? (
                    <span className="search-option-snippet small-text">
                      <HighlightedText
                        text={option.hit.snippet.text}
                        highlights={option.hit.snippet.highlights}
                      />
                    </span>
                  ) : null}
                </div>
              ) : null,
            )}
          </div>
        ))}
      </div>
      {showAllHref && options.length > 0 ? (
        <a
          className="search-show-all small-text"
          href={showAllHref}
          // Clicking must not blur the search box first (that would close the results).
          onMouseDown={(event) => event.preventDefault()}
          onClick={onShowAll}
        >
          {t('search.showAll')}
        </a>
      ) : null}
    </div>
  );
}
