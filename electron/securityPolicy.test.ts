import { describe, expect, it } from 'vitest';
import { isAppUrl } from './appOrigin.js';
import {
  isAllowedRequestUrl,
  isFrameNavigationAllowed,
  isPermissionGranted,
} from './securityPolicy.js';

describe('isAppUrl', () => {
  it.each(['app://kartoteka/', 'app://kartoteka', 'app://kartoteka/assets/x.js?v=1'])(
    'accepts %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );
  it.each([
    'app://kartoteka.evil/',
    'app://kartoteka@evil/',
    'app://evil/kartoteka/',
    'app://user:pw@kartoteka/',
    'app://kartoteka:8080/',
    'https://kartoteka/',
    'file:///kartoteka/',
    'kartoteka-print://document/x',
    'app:kartoteka',
    '',
  ])('rejects %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('isAllowedRequestUrl', () => {
  const production = { devTools: false };
  it.each([
    'app://kartoteka/assets/index.js',
    'data:image/png;base64,AAAA',
    'blob:app://kartoteka/0b6b9c2e-1234-4e4e-8a8a-123456789abc',
  ])('lets %s through', (url) => expect(isAllowedRequestUrl(url, production)).toBe(true));

  it.each([
    'https://example.org/',
    'http://127.0.0.1:8080/',
    'ws://localhost/',
    'wss://example.org/',
    'file:///etc/passwd',
    'ftp://example.org/',
    'blob:https://example.org/0b6b9c2e',
    'app://elsewhere/x',
    'chrome-extension://abc/x',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
  ])('cancels %s', (url) => expect(isAllowedRequestUrl(url, production)).toBe(false));

  it('lets DevTools load only in development', () => {
    const url = 'devtools://devtools/bundled/inspector.html';
    expect(isAllowedRequestUrl(url, { devTools: true })).toBe(true);
    expect(isAllowedRequestUrl('https://example.org/', { devTools: true })).toBe(false);
  });
});

describe('isPermissionGranted', () => {
  it('grants nothing but persistent storage, and that only to the app', () => {
    expect(isPermissionGranted('persistent-storage', 'app://kartoteka/')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'app://kartoteka')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'kartoteka-print://document/x')).toBe(false);
    expect(isPermissionGranted('persistent-storage', 'https://example.org/')).toBe(false);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'openExternal',
      'fileSystem',
      'hid',
      'serial',
      'usb',
      'display-capture',
      'unknown',
    ]) {
      expect(isPermissionGranted(permission, 'app://kartoteka/'), permission).toBe(false);
    }
  });
});

describe('isFrameNavigationAllowed', () => {
  it('never lets the main frame navigate', () => {
    expect(isFrameNavigationAllowed('app://kartoteka/cases', true)).toBe(false);
    expect(isFrameNavigationAllowed('https://example.org/', true)).toBe(false);
  });
  it('lets a subframe show only app pages and app blobs', () => {
    expect(isFrameNavigationAllowed('app://kartoteka/print.html', false)).toBe(true);
    expect(isFrameNavigationAllowed('blob:app://kartoteka/0b6b9c2e', false)).toBe(true);
    expect(isFrameNavigationAllowed('blob:https://example.org/0b6b9c2e', false)).toBe(false);
    expect(isFrameNavigationAllowed('https://example.org/', false)).toBe(false);
    expect(isFrameNavigationAllowed('data:text/html,hi', false)).toBe(false);
    expect(isFrameNavigationAllowed('file:///etc/passwd', false)).toBe(false);
    expect(isFrameNavigationAllowed('javascript:alert(1)', false)).toBe(false);
  });
});
