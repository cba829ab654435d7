/**
 * Opens a link in the user's browser, only for https after a real URL parse: a source's URL
 * is data from an article file and must not open javascript:, file: or anything else.
 */
export function openExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  window.open(url.href, '_blank', 'noopener,noreferrer');
  return true;
}
