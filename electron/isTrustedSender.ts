import { isAppUrl } from './appOrigin.js';

/** What the check needs of Electron's `WebFrameMain` (`event.senderFrame`). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * An IPC message is served only if it comes from the app's own page in a main frame. The
 * preload runs only there, but the check does not rely on that: a subframe (an iframe the
 * CSP allows) or a frame that somehow ended up on another origin is refused. A frame that
 * has gone away (null, or throwing on access) is refused too.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  try {
    return frame.parent === null && isAppUrl(frame.url);
  } catch {
    return false;
  }
}
