import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderFrame } from './isTrustedSender.js';

const mainFrame = (url: string): SenderFrame => ({ url, parent: null });

describe('isTrustedSender', () => {
  it("accepts the app's own page in a main frame", () => {
    expect(isTrustedSender(mainFrame('app://kartoteka/'))).toBe(true);
    expect(isTrustedSender(mainFrame('app://kartoteka/cases/42#facts'))).toBe(true);
  });

  it('refuses a subframe, even on the app origin', () => {
    const parent = mainFrame('app://kartoteka/');
    expect(isTrustedSender({ url: 'app://kartoteka/print.html', parent })).toBe(false);
  });

  it.each([
    'https://example.org/',
    'file:///home/user/evil.html',
    'data:text/html,hi',
    'about:blank',
    'app://kartoteka.evil/',
    'app://evil/',
    'kartoteka-print://document/abc',
    '',
  ])('refuses a main frame on %s', (url) => {
    expect(isTrustedSender(mainFrame(url))).toBe(false);
  });

  it('refuses a missing frame and one that throws on access', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    const disposed: SenderFrame = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(isTrustedSender(disposed)).toBe(false);
  });
});
