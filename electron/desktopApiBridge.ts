// Type-only imports on purpose: the preload bundles this file, and importing the channel
// map itself would pull zod and every schema into the preload. The types below make the
// compiler check that these names are exactly the ones in DESKTOP_CHANNELS.
import type {
  DESKTOP_API_GLOBAL,
  DesktopApi,
  DesktopChannels,
  DesktopMethod,
  DesktopRequest,
  DesktopResponse,
} from '../shared/platform/desktopApi.js';

/** The channel of each method, as literals the compiler checks against DESKTOP_CHANNELS. */
export const CHANNEL_NAMES: { readonly [M in DesktopMethod]: DesktopChannels[M]['channel'] } = {
  openFiles: 'files:open',
  saveFile: 'files:save',
  savePdf: 'pdf:save',
  openExternal: 'shell:openExternal',
  appInfo: 'app:info',
};

/** The name of the API on `window`, checked against DESKTOP_API_GLOBAL. */
export const API_GLOBAL: typeof DESKTOP_API_GLOBAL = 'kartoteka';

/** `ipcRenderer.invoke`, as the bridge uses it: one channel, one argument. */
export type Invoke = (channel: string, request: unknown) => Promise<unknown>;

/**
 * The object the preload exposes as `window.kartoteka`. Each method sends its one request
 * argument on its channel and returns the main process's answer; nothing else crosses:
 * no ipcRenderer, no event objects, no way to name a channel. The main process parses
 * both directions, so the casts below only restate the channel map's declared types.
 */
export function createDesktopApi(invoke: Invoke): DesktopApi {
  const method =
    <M extends DesktopMethod>(name: M) =>
    (request: DesktopRequest<M>): Promise<DesktopResponse<M>> =>
      invoke(CHANNEL_NAMES[name], request) as Promise<DesktopResponse<M>>;

  return {
    openFiles: method('openFiles'),
    saveFile: method('saveFile'),
    savePdf: method('savePdf'),
    openExternal: method('openExternal'),
    appInfo: method('appInfo'),
  } satisfies DesktopApi;
}
