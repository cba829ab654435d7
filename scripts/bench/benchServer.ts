import { createReadStream, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/platform/contentSecurityPolicy.js';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * The app's own headers (serve-web.mjs), plus cross-origin isolation: it changes nothing the
 * app may load (everything is same-origin already) and gives the page 5 µs timers instead of
 * 100 µs ones, and performance.measureUserAgentSpecificMemory.
 */
const HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface BenchServer {
  origin: string;
  /** Serves a file at /data/<name>. */
  addData(name: string, file: string): void;
  close(): Promise<void>;
}

function fileUnder(root: string, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://host').pathname);
  } catch {
    return null;
  }
  const file = resolve(root, `.${pathname}`);
  if (pathname.includes('\0') || !file.startsWith(root + sep)) return null;
  if (pathname.endsWith('/')) return resolve(file, 'index.html');
  return file;
}

/**
 * A tiny static server on 127.0.0.1 for the bench build (dist/bench: the harness page and a
 * copy of the app) and the cached data sets, with the app's Content-Security-Policy.
 */
export async function startBenchServer(root: string, port = 0): Promise<BenchServer> {
  const data = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const file = path.startsWith('/data/')
      ? (data.get(path.slice('/data/'.length)) ?? null)
      : fileUnder(root, req.url ?? '/');
    let size = -1;
    try {
      if (file) size = statSync(file).isFile() ? statSync(file).size : -1;
    } catch {
      size = -1;
    }
    if (!file || size < 0) {
      res.writeHead(404, { ...HEADERS, 'Content-Type': 'text/plain' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, {
      ...HEADERS,
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      // As the app's own hosts serve it (serve-web.mjs; app:// with V8's code cache in
      // Electron): hashed assets are kept, so a restart may reuse their compiled code.
      'Cache-Control': file.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    addData: (name, file) => void data.set(name, file),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
