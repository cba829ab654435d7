import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/platform/contentSecurityPolicy.js';
import { createAppProtocolHandler } from './appProtocol.js';
import { resolveAppPath } from './resolveAppPath.js';

let base: string;
let root: string;
let handler: ReturnType<typeof createAppProtocolHandler>;

const ASSETS: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'assets/index-abc123.js': 'text/javascript; charset=utf-8',
  'assets/index-abc123.css': 'text/css; charset=utf-8',
  'assets/sample.json': 'application/json; charset=utf-8',
  'assets/noto-sans-cyrillic-400-normal.woff2': 'font/woff2',
  'assets/logo.svg': 'image/svg+xml',
  'assets/icon.png': 'image/png',
  'assets/engine.wasm': 'application/wasm',
};

beforeAll(async () => {
  // base/secret.txt sits next to the served root: the thing traversal would reach.
  base = await mkdtemp(path.join(tmpdir(), 'kartoteka-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await mkdir(path.join(root, 'folder'));
  await writeFile(path.join(base, 'secret.txt'), 'SECRET');
  for (const name of Object.keys(ASSETS))
    await writeFile(path.join(root, name), `content of ${name}`);
  handler = createAppProtocolHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('app:// protocol handler', () => {
  it.each(Object.entries(ASSETS))(
    'serves %s as %s with the security headers',
    async (name, type) => {
      const response = await get(`app://kartoteka/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expectSecurityHeaders(response);
      expect(await response.text()).toBe(`content of ${name}`);
    },
  );

  it('serves index.html at the root and for client-side routes', async () => {
    for (const url of [
      'app://kartoteka/',
      'app://kartoteka',
      'app://kartoteka/cases/42',
      'app://kartoteka/search/?q=x',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe('content of index.html');
    }
  });

  it('answers a missing asset with 404, not with the page', async () => {
    const response = await get('app://kartoteka/assets/missing-123.js');
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
  });

  it('never serves a directory', async () => {
    expect((await get('app://kartoteka/folder.d')).status).toBe(404);
    // A directory name without extension looks like a route: the page, not a listing.
    expect(await (await get('app://kartoteka/folder')).text()).toBe('content of index.html');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://kartoteka/assets/index-abc123.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://kartoteka/index.html', 'POST');
    expect(post.status).toBe(405);
    expectSecurityHeaders(post);
  });

  it.each([
    'app://kartoteka/../secret.txt',
    'app://kartoteka/%2e%2e/secret.txt',
    'app://kartoteka/%2E%2E/%2E%2E/secret.txt',
    'app://kartoteka/assets/..%2f..%2fsecret.txt',
    'app://kartoteka/..%5csecret.txt',
    'app://kartoteka/assets\\..\\..\\secret.txt',
    'app://kartoteka/%252e%252e/secret.txt',
    'app://kartoteka/{encodedSecretPath}',
    'app://kartoteka/{absoluteSecretPath}',
    'app://kartoteka/index.html%00.png',
    'app://kartoteka/C:/Windows/win.ini',
    'app://kartoteka/..../secret.txt',
    'app://kartoteka/%c0%ae%c0%ae/secret.txt',
    'app://other/secret.txt',
  ])('never reaches outside the root: %s', async (template) => {
    const secretPath = path.join(base, 'secret.txt');
    const url = template
      .replace('{encodedSecretPath}', encodeURIComponent(secretPath))
      .replace('{absoluteSecretPath}', `/${secretPath}`);
    const response = await get(url);
    expectSecurityHeaders(response);
    const body = await response.text();
    expect(body).not.toContain('SECRET');
    if (response.status === 200) expect(body).toBe('content of index.html');
  });

  it('does not serve a symlink that leads out of the root', async () => {
    await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
    const response = await get('app://kartoteka/assets/link.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
  });
});

describe('resolveAppPath', () => {
  it.each([
    ['app://kartoteka/a/%2e%2e%2fb', 400],
    ['app://kartoteka/%00', 400],
    ['app://kartoteka/a%5cb', 400],
    ['app://kartoteka/a:b', 400],
    ['app://kartoteka/CON', 400],
    ['app://kartoteka/nul.txt', 400],
    ['app://kartoteka/trailing.', 400],
    ['app://kartoteka/%E0%A4%A', 400],
    ['app://kartoteka/caf%C3%A9.js', 400],
    ['not a url', 400],
    ['app://user:pw@kartoteka/index.html', 400],
    ['https://kartoteka/index.html', 404],
    ['app://kartoteka.evil/index.html', 404],
  ] as const)('rejects %s with %i', (url, status) => {
    expect(resolveAppPath('/srv/app', url)).toMatchObject({ kind: 'rejected', status });
  });

  it('maps plain asset paths under the root', () => {
    expect(resolveAppPath('/srv/app', 'app://kartoteka/assets/a-1.js?v=2#x')).toEqual({
      kind: 'file',
      filePath: path.join('/srv/app', 'assets', 'a-1.js'),
      spaFallback: false,
    });
  });

  it('keeps every resolved path inside the root, whatever the URL path', () => {
    const rootDir = path.resolve('/srv/app');
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E.',
        '%2f',
        '%5c',
        '\\',
        '%00',
        '',
        'C:',
        '~',
        'a.js',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const result = resolveAppPath(rootDir, `app://kartoteka/${segments.join('/')}`);
        if (result.kind === 'file') {
          const relative = path.relative(rootDir, result.filePath);
          expect(relative.startsWith('..') || path.isAbsolute(relative)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
