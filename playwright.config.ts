import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the browser host (the same renderer build Electron loads) in a
 * real Chromium: Debian's by default, or the one scripts/ensure-test-tools.sh found.
 * Each test gets a fresh browser context, so a fresh IndexedDB: an empty archive.
 */
const port = Number(process.env.E2E_PORT ?? 5199);
const chromium = process.env.KARTOTEKA_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      // Without these, Chromium tries to reach Google's services at start-up; the app itself
      // must make no request, and the tests check that nothing leaves the page.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // Chromium's own omnibox popup, a WebUI renderer it starts at every launch (headless
        // too), kept one of the two cores busy for seconds (scripts/bench/openBenchBrowser.ts).
        '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
      ],
    },
  },
  webServer: {
    command: `node --import tsx scripts/serve-web.mjs`,
    url: `http://127.0.0.1:${port}/`,
    env: {
      PORT: String(port),
      ...(process.env.KARTOTEKA_WEB_ROOT
        ? { KARTOTEKA_WEB_ROOT: process.env.KARTOTEKA_WEB_ROOT }
        : {}),
    },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
