import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin.js';

/** Where an app:// request leads, decided from the URL alone (the disk is not touched). */
export type AppPathResolution =
  | {
      kind: 'file';
      /** Absolute path inside the root. */
      filePath: string;
      /** The path looks like a client-side route, so a missing file means index.html. */
      spaFallback: boolean;
    }
  | { kind: 'rejected'; status: 400 | 404; reason: string };

/**
 * The characters a file name in the Vite output may use. An allow-list rather than a
 * deny-list: it rules out in one stroke the separators (`/`, `\`), drive letters and
 * streams (`:`), NUL and control characters, and anything a file system might
 * normalise in surprising ways.
 */
const SAFE_SEGMENT = /^[A-Za-z0-9_@+~.-]+$/;
/** Windows opens a device, not a file, for these names whatever the extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * Maps an `app://kartoteka/...` URL to a file under `rootDir` (dist/renderer), or says why
 * not. Each path segment is percent-decoded once and must be a plain file name; `.` and
 * `..` are refused outright (the URL parser already folds them, this is the second
 * line), and the joined path is checked to be inside the root as a third.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): AppPathResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'rejected', status: 400, reason: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { kind: 'rejected', status: 404, reason: 'not the app origin' };
  }
  if (url.username !== '' || url.password !== '') {
    return { kind: 'rejected', status: 400, reason: 'credentials in URL' };
  }

  const segments: string[] = [];
  for (const raw of url.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: 'rejected', status: 400, reason: 'bad percent-encoding' };
    }
    if (!isSafeSegment(segment)) {
      return { kind: 'rejected', status: 400, reason: 'unsafe path segment' };
    }
    segments.push(segment);
  }

  const root = path.resolve(rootDir);
  const last = segments.at(-1);
  const isDirectory = last === undefined || url.pathname.endsWith('/');
  const filePath = isDirectory ? path.join(root, 'index.html') : path.join(root, ...segments);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { kind: 'rejected', status: 400, reason: 'outside the app folder' };
  }
  // A route such as /cases/123 has no extension; an asset (/assets/x.js) has one, and a
  // missing asset must be a 404, not the HTML page in its place.
  const spaFallback = isDirectory || !last.includes('.');
  return { kind: 'file', filePath, spaFallback };
}

function isSafeSegment(segment: string): boolean {
  return (
    SAFE_SEGMENT.test(segment) &&
    segment !== '.' &&
    segment !== '..' &&
    // Windows drops trailing dots and spaces, so `...` or `..` + `.` could climb a level.
    !segment.endsWith('.') &&
    !WINDOWS_DEVICE.test(segment)
  );
}
