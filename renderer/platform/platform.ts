import { DESKTOP_API_GLOBAL } from '../../shared/platform/desktopApi';
import type { DesktopApi } from '../../shared/platform/desktopApi';
import { browserPlatform } from './browserPlatform';

/**
 * The renderer's only way to the desktop. In Electron the preload script exposes the typed
 * API on `window.kartoteka`; in a plain browser the same interface is implemented with web
 * APIs, so one build runs in both hosts.
 */
function desktopApiFromPreload(): DesktopApi | undefined {
  const candidate = (window as unknown as Record<string, unknown>)[DESKTOP_API_GLOBAL];
  return typeof candidate === 'object' && candidate !== null
    ? (candidate as DesktopApi)
    : undefined;
}

const fromPreload = desktopApiFromPreload();

export const platform: DesktopApi = fromPreload ?? browserPlatform;

/** true in the Electron app; false in the browser host. */
export const isDesktopHost = fromPreload !== undefined;
