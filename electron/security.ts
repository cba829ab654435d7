import type { App, Session, WebContents } from 'electron';
import { safeExternalUrl } from './safeExternalUrl.js';
import { isFrameNavigationAllowed, isPermissionGranted } from './securityPolicy.js';

/**
 * The shell's hardening, applied to every web contents the app ever creates (the main
 * window, the hidden PDF window, anything a future feature adds) and to every session.
 * The decisions themselves live in securityPolicy.ts, where they are tested.
 */

/** Locks down each web contents as it is created. Call before the first window exists. */
export function hardenWebContentsOf(app: App, openExternal: (url: URL) => void): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
}

function hardenWebContents(contents: WebContents, openExternal: (url: URL) => void): void {
  // The app is one page that routes in place: no frame leaves it, no redirect is followed.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (!isFrameNavigationAllowed(event.url, event.isMainFrame)) event.preventDefault();
  });
  // <webview> is off in webPreferences; refusing the attach makes that hold even if a
  // window is ever created with other preferences.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No new windows, ever. A link meant for the web goes to the user's browser, after the
  // same parse and confirmation as the openExternal channel.
  contents.setWindowOpenHandler(({ url }) => {
    const external = safeExternalUrl(url);
    if (external) openExternal(external);
    return { action: 'deny' };
  });
}

/**
 * Locks down a session: every permission refused (but persistent storage for the app's
 * own page), every request outside `allowRequest` cancelled, no downloads, no
 * spell-checker (it would fetch dictionaries), and a proxy that leads nowhere, so that
 * even traffic that never passes through webRequest (DNS prefetch, preconnect) has no way
 * out.
 */
export async function hardenSession(
  session: Session,
  allowRequest: (url: string) => boolean,
): Promise<void> {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !allowRequest(details.url) });
  });
  session.on('will-download', (event) => event.preventDefault());
  session.setSpellCheckerEnabled(false);
  // Port 9 is "discard"; nothing useful listens there, so nothing connects.
  await session.setProxy({ mode: 'fixed_servers', proxyRules: 'socks5://127.0.0.1:9' });
}
