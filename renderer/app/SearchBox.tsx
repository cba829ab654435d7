import { useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../i18n/t';
import type { Route } from '../router/parseRoute';
import { href, navigate, replaceRoute, searchRoute } from '../router/navigation';
import { SearchPopover } from '../search/SearchPopover';
import { searchOptions, type SearchOption } from '../search/searchOptions';
import { useArchiveSearch } from '../search/useArchiveSearch';
import { useSearchResults } from '../search/useSearchResults';

const LIST_ID = 'search-results-popover';
/** Hits per group under the search box. */
const POPOVER_LIMIT = 5;

/**
 * The one search box. Its text lives in the route (#/search?q=…), so results survive a
 * reload and back returns to the screen the search started from. "/" focuses it. Results
 * show under it as one types; arrows move through them, Enter opens one, Escape closes them.
 */
export function SearchBox({ route }: { route: Route }) {
  const input = useRef<HTMLInputElement>(null);
  const query = route.name === 'search' ? route.query : '';
  // Local text, so typing never waits for the hashchange round trip; it follows the route
  // when the route changes from elsewhere (back, a link, leaving the results).
  const [text, setText] = useState(query);
  const [seenQuery, setSeenQuery] = useState(query);
  if (query !== seenQuery) {
    setSeenQuery(query);
    setText(query);
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useArchiveSearch();
  // On the search page, the popover searches with the filters chosen there.
  const filters = route.name === 'search' ? route.filters : undefined;
  const crossScript = route.name === 'search' ? route.crossScript : undefined;
  const { results, progress } = useSearchResults(
    open ? { text, filters, crossScript, limit: POPOVER_LIMIT } : null,
  );
  const options = useMemo(() => searchOptions(results), [results]);
  const showing = open && text.trim() !== '';
  const activeOption = showing ? options[active] : undefined;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (activeOption)
      document.getElementById(activeOption.domId)?.scrollIntoView({ block: 'nearest' });
  }, [activeOption]);

  const change = (value: string) => {
    setText(value);
    setOpen(true);
    setActive(-1);
    const next = searchRoute(value, filters, crossScript);
    // One history entry for a whole search, not one per keystroke.
    if (route.name === 'search') replaceRoute(next);
    else navigate(next);
  };

  const openOption = (option: SearchOption) => {
    setOpen(false);
    window.location.hash = option.href;
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!showing) {
        // Escape closed the results: an arrow brings them back.
        event.preventDefault();
        setOpen(true);
        return;
      }
      if (options.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      const option = activeOption ?? (showing ? options[0] : undefined);
      if (!option) return;
      event.preventDefault();
      openOption(option);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (showing) {
        setOpen(false);
        setActive(-1);
      } else if (text && window.history.length > 1) {
        window.history.back();
      }
    }
  };

  return (
    <div
      className="search"
      role="search"
      onBlur={(event) => {
        // Focus moving into the results (their "Show all results" link) keeps them open.
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <input
        ref={input}
        type="search"
        aria-label={t('header.search')}
        placeholder={t('header.searchPlaceholder')}
        value={text}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        aria-controls={showing ? LIST_ID : undefined}
        aria-activedescendant={activeOption?.domId}
        spellCheck={false}
        autoComplete="off"
      />
      {showing ? (
        <SearchPopover
          id={LIST_ID}
          options={options}
          active={active}
          progress={progress}
          onActivate={setActive}
          onOpen={openOption}
          showAllHref={href.search(text, filters, crossScript)}
          onShowAll={() => setOpen(false)}
        />
      ) : null}
    </div>
  );
}
