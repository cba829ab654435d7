/**
 * The only URLs the app hands to the operating system's browser: `https:` with a host and
 * without credentials. Opening a link leaves the offline world, so it is parsed with the
 * real URL parser (never prefix-matched) and only its normalised `href` is used. The raw
 * text may not contain whitespace or control characters, which the parser would silently
 * drop (`https://exa\nmple.org` becomes `https://example.org`), so what the user was
 * shown is exactly what is opened.
 */
export function safeExternalUrl(raw: string): URL | null {
  if (raw.length === 0 || raw.length > 4000) return null;
  // eslint-disable-next-line no-control-regex -- control characters are what we look for
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(raw)) return null;
  // The parser also repairs `https:/host`, `https:host`, `https:///host` and backslashes
  // into a host; only the plain written form is accepted.
  if (!/^https:\/\/[^/\\]/i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '') return null;
  return url;
}
