import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from './safeExternalUrl.js';

describe('safeExternalUrl', () => {
  it.each([
    ['https://spring96.org/en/news/123', 'https://spring96.org/en/news/123'],
    ['https://www.rferl.org/a/belarus?x=1#p', 'https://www.rferl.org/a/belarus?x=1#p'],
    ['HTTPS://Example.ORG', 'https://example.org/'],
  ])('accepts %s as %s', (raw, href) => {
    expect(safeExternalUrl(raw)?.href).toBe(href);
  });

  it('gives an internationalised host in its ASCII form, as the browser will see it', () => {
    expect(safeExternalUrl('https://віасна.бел/')?.hostname).toMatch(/^xn--[a-z0-9-]+\.xn--90ais$/);
  });

  it.each([
    'http://example.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'app://kartoteka/',
    'ftp://example.org/',
    'mailto:someone@example.org',
    'smb://server/share',
    'ms-msdt:/id',
    'steam://run/1',
    'https://user:pass@example.org/',
    'https://user@example.org/',
    'https:///path-only',
    'https:/example.org/',
    'https:example.org/',
    'https:\\\\example.org\\',
    'https://\\example.org/',
    'https://',
    '//example.org/',
    'example.org',
    'not a url',
    '',
    ' https://example.org/',
    'https://exa\nmple.org/',
    'https://example.org/\t',
    'https://example.org/\u0000',
    'https://example.org/\u0085',
    `https://example.org/${'a'.repeat(4000)}`,
  ])('rejects %j', (raw) => {
    expect(safeExternalUrl(raw)).toBeNull();
  });
});
