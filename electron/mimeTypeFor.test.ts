import { describe, expect, it } from 'vitest';
import { FALLBACK_MIME_TYPE, mimeTypeFor } from './mimeTypeFor.js';

describe('mimeTypeFor', () => {
  it.each([
    ['/r/index.html', 'text/html; charset=utf-8'],
    ['/r/assets/index-Ab12.js', 'text/javascript; charset=utf-8'],
    ['/r/assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['/r/assets/index-Ab12.css', 'text/css; charset=utf-8'],
    ['/r/sample/archive.json', 'application/json; charset=utf-8'],
    ['/r/fonts/noto-sans-cyrillic.woff2', 'font/woff2'],
    ['/r/icon.svg', 'image/svg+xml'],
    ['/r/ICON.PNG', 'image/png'],
    ['/r/engine.wasm', 'application/wasm'],
    ['C:\\app\\dist\\renderer\\index.html', 'text/html; charset=utf-8'],
  ])('%s is %s', (file, type) => expect(mimeTypeFor(file)).toBe(type));

  it.each([
    '/r/README',
    '/r/.htaccess',
    '/r/x.exe',
    '/r/x.constructor',
    '/r/x.__proto__',
    '/r.js/x',
  ])('%s falls back to a type nothing runs', (file) =>
    expect(mimeTypeFor(file)).toBe(FALLBACK_MIME_TYPE),
  );
});
