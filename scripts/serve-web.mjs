// The browser host: serves the renderer build (dist/renderer) on 127.0.0.1 with the same
// Content-Security-Policy the Electron app sets. Run through tsx (`node --import tsx
// scripts/serve-web.mjs`) so the policy is imported from its one TypeScript definition.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/platform/contentSecurityPolicy.ts';

// KARTOTEKA_WEB_ROOT: another build of the renderer (`vite build --outDir DIR`), so test runs
// that build their own copy do not overwrite each other's files.
const root = resolve(
  process.env.KARTOTEKA_WEB_ROOT ?? resolve(import.meta.dirname, '../dist/renderer'),
);
const port = Number(process.env.PORT ?? 5173);
const host = '127.0.0.1';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=()',
};

if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No build in ${root}. Run "npx vite build" first (or "npm run web").`);
  process.exit(1);
}

/** The file a URL path names inside root, or null when it would leave root or is malformed. */
function fileFor(urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://host').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const file = resolve(root, `.${pathname}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    ...headers,
  });
  res.end(body);
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const requested = fileFor(req.url ?? '/');
  if (requested === null) {
    send(res, 400, 'Bad request');
    return;
  }
  let file = requested;
  if (!isFile(file)) {
    // Paths without an extension are the app's own routes: serve the app (SPA fallback).
    // A missing asset stays a 404, so a broken build is not hidden behind index.html.
    if (extname(file) !== '' && file !== root) {
      send(res, 404, 'Not found');
      return;
    }
    file = resolve(root, 'index.html');
  }
  const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const { size } = statSync(file);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': size,
    // Hashed assets never change; index.html and the sample must be fetched fresh.
    'Cache-Control': file.includes(`${sep}assets${sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Kartoteka (browser host) at http://${host}:${port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
