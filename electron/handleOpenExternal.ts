import type { HandlerResponse, ParsedRequest } from './parsedRequest.js';
import { safeExternalUrl } from './safeExternalUrl.js';

export interface OpenExternalDeps {
  /**
   * Asks the user, in a main-process dialog showing the exact address, whether to open it.
   * Opening a link is the one way the app can cause network traffic (the browser fetches
   * it), so a page cannot do it silently, not even a compromised one.
   */
  confirmOpenExternal(url: URL): Promise<boolean>;
  /** `shell.openExternal`. */
  openExternal(href: string): Promise<void>;
}

/** Opens an `https:` URL in the user's browser after they confirm; anything else is refused. */
export async function openExternalSafely(raw: string, deps: OpenExternalDeps): Promise<boolean> {
  const url = safeExternalUrl(raw);
  if (!url) return false;
  if (!(await deps.confirmOpenExternal(url))) return false;
  await deps.openExternal(url.href); // eng-disable OPEN_EXTERNAL_JS_CHECK: checked above
  return true;
}

/** `shell:openExternal`. */
export async function handleOpenExternal(
  request: ParsedRequest<'openExternal'>,
  deps: OpenExternalDeps,
): Promise<HandlerResponse<'openExternal'>> {
  return { opened: await openExternalSafely(request.url, deps) };
}
