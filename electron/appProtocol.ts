import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/platform/contentSecurityPolicy.js';
import { mimeTypeFor } from './mimeTypeFor.js';
import { resolveAppPath } from './resolveAppPath.js';

/**
 * Headers on every app:// response, errors included: the CSP is the one shared with the
 * browser host, `nosniff` stops a mislabelled file from being run as script, CORP keeps
 * other origins (the PDF window, anything that might load one day) from embedding app
 * files, and no referrer or DNS lookup ever leaves.
 */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  // Chromium may resolve the host names of links on a page ahead of a click; a DNS query
  // for a source's website would tell the network what the researcher is reading.
  'X-DNS-Prefetch-Control': 'off',
};

export type AppProtocolHandler = (request: Request) => Promise<Response>;

/**
 * The `protocol.handle('app', ...)` handler: serves files from `rootDir` (dist/renderer),
 * falls back to index.html for client-side routes, and answers everything else with an
 * error that still carries the security headers. Only GET and HEAD: the app never posts
 * to itself.
 */
export function createAppProtocolHandler(rootDir: string): AppProtocolHandler {
  const root = path.resolve(rootDir);
  const indexPath = path.join(root, 'index.html');
  /**
   * Regular files whose real location is inside the root: the URL can only name paths
   * under the root, and this closes the last gap, a symlink in the build output pointing
   * elsewhere. A directory, FIFO or device is never served either.
   */
  const isServable = async (filePath: string): Promise<boolean> => {
    try {
      if (!(await stat(filePath)).isFile()) return false;
      const relative = path.relative(await realpath(root), await realpath(filePath));
      return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    } catch {
      return false;
    }
  };

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return errorResponse(405, 'Method not allowed');
    }
    const resolution = resolveAppPath(rootDir, request.url);
    if (resolution.kind === 'rejected') {
      return errorResponse(resolution.status, resolution.reason);
    }
    let servedPath = resolution.filePath;
    if (!(await isServable(servedPath))) {
      if (!resolution.spaFallback || !(await isServable(indexPath))) {
        return errorResponse(404, 'Not found');
      }
      servedPath = indexPath;
    }
    const body = request.method === 'HEAD' ? null : await readFile(servedPath);
    return new Response(body, {
      status: 200,
      headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': mimeTypeFor(servedPath) },
    });
  };
}

function errorResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
