/**
 * Where the app's own pages live. The renderer is served from a privileged custom scheme
 * rather than file:// so it gets a real, unique origin (its own IndexedDB, a CSP that
 * means something, no file-system reach) and so every other origin can be refused.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kartoteka';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window opens. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/**
 * True when `raw` is a URL on the app's own origin. Parsed, never prefix-matched: a prefix
 * test would accept `app://kartoteka.evil/` or `app://kartoteka@evil/`.
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}
