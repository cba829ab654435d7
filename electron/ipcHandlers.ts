import { z } from '../shared/model/zod.js';
import { DESKTOP_CHANNELS, type DesktopMethod } from '../shared/platform/desktopApi.js';
import { handleOpenExternal, type OpenExternalDeps } from './handleOpenExternal.js';
import { handleOpenFiles, type OpenFilesDeps } from './handleOpenFiles.js';
import type { SaveFileDeps } from './handleSaveFile.js';
import { handleSaveFile } from './handleSaveFile.js';
import { handleSavePdf, type SavePdfDeps } from './handleSavePdf.js';
import { isTrustedSender, type SenderFrame } from './isTrustedSender.js';

/** Everything the handlers need from the outside world, passed in so tests can fake it. */
export interface IpcDeps extends OpenFilesDeps, SaveFileDeps, SavePdfDeps, OpenExternalDeps {
  appInfo: { version: string; platform: string };
}

/** A channel handler as ipcMain calls it: the sender's frame and an untrusted argument. */
export type GuardedHandler = (
  sender: SenderFrame | null | undefined,
  request: unknown,
) => Promise<unknown>;
export type GuardedHandlers = { readonly [M in DesktopMethod]: GuardedHandler };

/**
 * Wraps a handler in the three checks every channel gets, in this order: the sender is the
 * app's main page; the argument parses with the channel's request schema, with unknown
 * keys refused (a renderer passing `path` or `__proto__` is a bug or an attack, not
 * something to ignore); the result parses with the response schema, so the renderer gets
 * exactly the declared shape and nothing that slipped in.
 */
function guard<Req extends z.ZodObject, Res extends z.ZodType>(
  spec: { channel: string; request: Req; response: Res },
  run: (request: z.output<Req>) => Promise<z.input<Res>>,
): GuardedHandler {
  return async (sender, raw) => {
    if (!isTrustedSender(sender)) {
      throw new Error(`${spec.channel}: refused, the request did not come from the app's page`);
    }
    const strict = z.strictObject(spec.request.shape).safeParse(raw);
    if (!strict.success) {
      throw new Error(`${spec.channel}: invalid request\n${z.prettifyError(strict.error)}`);
    }
    // Parsed again with the channel's own schema only to get its exact output type.
    const request = spec.request.parse(raw);
    return spec.response.parse(await run(request));
  };
}

/** One guarded handler per channel of DESKTOP_CHANNELS (a missing one is a type error). */
export function createIpcHandlers(deps: IpcDeps): GuardedHandlers {
  return {
    openFiles: guard(DESKTOP_CHANNELS.openFiles, (r) => handleOpenFiles(r, deps)),
    saveFile: guard(DESKTOP_CHANNELS.saveFile, (r) => handleSaveFile(r, deps)),
    savePdf: guard(DESKTOP_CHANNELS.savePdf, (r) => handleSavePdf(r, deps)),
    openExternal: guard(DESKTOP_CHANNELS.openExternal, (r) => handleOpenExternal(r, deps)),
    appInfo: guard(DESKTOP_CHANNELS.appInfo, async () => deps.appInfo),
  };
}

/** What registration needs of Electron's `ipcMain`. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (
      event: { readonly senderFrame: SenderFrame | null },
      ...args: unknown[]
    ) => Promise<unknown>,
  ): void;
}

/**
 * The one registration loop. The preload sends exactly one argument per call; a call with
 * any other number was not made by it and is refused.
 */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: GuardedHandlers): void {
  for (const method of Object.keys(DESKTOP_CHANNELS) as DesktopMethod[]) {
    const { channel } = DESKTOP_CHANNELS[method];
    const handler = handlers[method];
    ipcMain.handle(channel, async (event, ...args) => {
      if (args.length !== 1) throw new Error(`${channel}: expected exactly one argument`);
      return handler(event.senderFrame, args[0]);
    });
  }
}
