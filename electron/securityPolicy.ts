import { isAppUrl } from './appOrigin.js';

/**
 * The decisions behind the shell's hardening, kept free of Electron so they can be tested
 * directly. security.ts wires them to the app, sessions and web contents.
 */

/**
 * Schemes a page of the main window may load from. Everything else, above all http(s),
 * ws(s) and file, is cancelled so the app can make no network request and read no file
 * behind the main process's back. `data:` and `blob:` stay: they are in-memory, reach no
 * network, and the CSP already limits where they may be used (images, frames).
 */
export function isAllowedRequestUrl(raw: string, options: { devTools: boolean }): boolean {
  if (isAppUrl(raw)) return true;
  const scheme = raw.slice(0, raw.indexOf(':') + 1).toLowerCase();
  if (scheme === 'data:') return true;
  // DevTools' own front end is loaded through the same session; it exists only in
  // development builds.
  if (scheme === 'devtools:') return options.devTools;
  // A blob URL carries the origin that made it: only the app's own blobs.
  if (scheme === 'blob:') return isAppUrl(raw.slice('blob:'.length));
  return false;
}

/**
 * Permissions are all refused, with one exception: persistent storage for the app's own
 * page. The whole archive lives in IndexedDB, and storage that is not persistent is
 * "best effort": Chromium may evict it under disk pressure. Nothing is shared, no device
 * is touched and no prompt is shown by granting it.
 */
export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return permission === 'persistent-storage' && isAppUrl(requestingUrl);
}

/**
 * Navigation: the main frame never navigates (the app is a single page that routes in
 * place), and a subframe may only show the app's own pages or its blobs (a print preview,
 * say), never a remote or file URL.
 */
export function isFrameNavigationAllowed(url: string, isMainFrame: boolean): boolean {
  if (isMainFrame) return false;
  return isAppUrl(url) || (url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length)));
}
