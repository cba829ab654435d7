import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { progress } from './progress.js';

/** Flags that keep Chromium from reaching any server on its own (as the brief and CLI use). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-precise-memory-info',
  // Chromium (156 here) loads its own browser UI's omnibox popup, a WebUI page in a renderer
  // of its own, at every launch, headless too: a trace of the start-up showed it keeping one
  // of the two cores busy for about 3 s, competing with the app it measures. Electron has no
  // such UI, so the bench leaves it out. Chromium 156 loads that popup in a second form, the
  // "AI mode" one, behind two features of its own: with only the first two disabled, a
  // trace of L's start-up still found that renderer using 0.8 s of CPU before the first
  // result. (Given after Playwright's own --disable-features, this one replaces that list:
  // the other features are Chromium's defaults, as in Electron.)
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

export interface BenchBrowser {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** The page's V8 heap in use, in bytes, after a full garbage collection when `gc`. */
  heapUsed(gc: boolean): Promise<number>;
  /**
   * CPU time the page's main thread has used, in ms. On a busy machine a phase's wall time
   * includes time spent waiting for a core; this does not (IndexedDB's own work runs in the
   * browser process and is not in it either).
   */
  mainThreadCpuMs(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Chromium with a persistent profile on disk: IndexedDB lives in a real LevelDB on disk with
 * the normal quota (an incognito context keeps it in memory, with a small quota), and closing
 * and relaunching on the same profile is an app restart.
 */
export async function openBenchBrowser(
  chromiumPath: string,
  profile: string,
): Promise<BenchBrowser> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('[bench] ')) progress(text.slice('[bench] '.length));
    else if (message.type() === 'error') progress(`page console error: ${text}`);
  });
  page.on('pageerror', (error) => progress(`page error: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    context,
    page,
    cdp,
    async heapUsed(gc) {
      if (gc) await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      return usage.usedSize;
    },
    async mainThreadCpuMs() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
    },
    close: () => context.close(),
  };
}

/**
 * Samples the page's JS heap every `everyMs` until stopped; the peak seen. The protocol is
 * answered between the page's tasks, so a peak inside one long synchronous task is seen only
 * as far as it is still held when the task ends.
 */
export function sampleHeap(browser: BenchBrowser, everyMs = 250): () => number {
  let peak = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    browser
      .heapUsed(false)
      .then((used) => (peak = Math.max(peak, used)))
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, everyMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
