import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/**
 * Every e2e test runs with two watchers: no request may leave 127.0.0.1 (the app is offline
 * by design), and no Content-Security-Policy violation may occur. Both are checked after
 * the test body, so a test fails if the app tried either.
 */
interface Guards {
  offRequests: string[];
  cspViolations: string[];
}

async function installGuards(page: Page, guards: Guards): Promise<void> {
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local =
      url.protocol === 'data:' ||
      url.protocol === 'blob:' ||
      ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '127.0.0.1');
    if (!local) guards.offRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text()))
      guards.cspViolations.push(message.text());
  });
  await page.exposeFunction('__reportCspViolation', (text: string) =>
    guards.cspViolations.push(text),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation?: (t: string) => void })
        .__reportCspViolation;
      report?.(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
}

export const test = base.extend<{ guards: Guards }>({
  guards: [
    async ({ page }, use) => {
      const guards: Guards = { offRequests: [], cspViolations: [] };
      await installGuards(page, guards);
      await use(guards);
      expect(guards.offRequests, 'requests that left the machine').toEqual([]);
      expect(guards.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
