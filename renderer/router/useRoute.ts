import { useSyncExternalStore } from 'react';
import { parseRoute } from './parseRoute';
import type { Route } from './parseRoute';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = (): string => window.location.hash;

/** The current route; re-renders on every hash change (links, back, forward). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return parseRoute(hash);
}
