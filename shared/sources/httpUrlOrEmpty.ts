/**
 * `value` when it is an absolute http(s) URL, else ''. Anything else (javascript:, data:,
 * relative paths) is dropped: the URL is shown as a link and printed in dossiers.
 */
export function httpUrlOrEmpty(value: string): string {
  const url = value.trim();
  return url.length <= 4000 && /^https?:\/\/[^\s"'<>\\]+$/i.test(url) ? url : '';
}
