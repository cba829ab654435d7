import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n/t';
import type { Route } from '../router/parseRoute';
import { navigate, replaceRoute } from '../router/navigation';

/**
 * The one search box. Its text lives in the route (#/search?q=…), so results survive a
 * reload and back returns to the screen the search started from. "/" focuses it.
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

  const change = (value: string) => {
    setText(value);
    const next = { name: 'search', query: value } as const;
    // One history entry for a whole search, not one per keystroke.
    if (route.name === 'search') replaceRoute(next);
    else navigate(next);
  };

  return (
    <div className="search" role="search">
      <input
        ref={input}
        type="search"
        aria-label={t('header.search')}
        placeholder={t('header.searchPlaceholder')}
        value={text}
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text && window.history.length > 1) {
            event.preventDefault();
            window.history.back();
          }
        }}
        spellCheck={false}
        autoComplete="off"
      />
    </div>
  );
}
