import type { CDPSession, Page } from 'playwright-core';
import type { BenchBrowser } from './openBenchBrowser.js';
import { openBenchBrowser } from './openBenchBrowser.js';
import { progress } from './progress.js';

export interface StartupFigures {
  /** Fresh browser on the archive's profile: navigation start → first result painted. */
  firstResultMs: number;
  /** The same after a plain reload (browser warm), median of RELOADS. */
  reloadFirstResultMs: number;
  /** The app page's JS heap after the cold start, after a full GC, in bytes. */
  heapUsed: number;
  /** The same for the page's workers (the search worker), summed, in bytes. */
  workersHeapUsed: number;
  /** The workers' ArrayBuffer backing stores (typed arrays live there, outside the V8 heap). */
  workersBackingStore: number;
  /** How many workers that counts. */
  workers: number;
  /** The search worker's start-up marks (`search-worker: …`, first of each), ms from navigation. */
  workerMarks: Record<string, number>;
}

export interface StartupRequest {
  chromiumPath: string;
  profile: string;
  /** The app copy's page, e.g. http://127.0.0.1:PORT/app/index.html */
  appUrl: string;
  /** A person's name, searched from the app's route. */
  query: string;
  /** The person's surnames in every script: a result names one of them. */
  surnames: readonly string[];
}

const RELOADS = 3;
/** Longer than any start-up worth measuring; past it the figure is null, with a note. */
const TIMEOUT_MS = 180_000;
/** Let what the app does right after start-up settle before the heap is read. */
const SETTLE_MS = 2000;

/**
 * Installed before any page script: watches the DOM for the first result of the search the
 * URL asks for (a link or option whose text holds one of the person's surnames) and records
 * performance.now() at the next animation frame after it appears, i.e. when it is painted.
 * performance.now() counts from the navigation's start, so that is the start-up time.
 * Plain JavaScript in a string: a function's source would carry tsx's helper calls with it.
 */
function firstResultWatcher(surnames: readonly string[]): string {
  return `(() => {
  const wanted = ${JSON.stringify(surnames.map((s) => s.toLowerCase()))};
  const timeline = (window.__benchTimeline = []);
  const mark = (what) => timeline.push([Math.round(performance.now()), what]);
  document.addEventListener('DOMContentLoaded', () => mark('DOMContentLoaded'));
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      const name = String(url).split('/').pop().split('?')[0];
      mark('worker created ' + name);
      this.addEventListener('message', (e) => {
        const d = e.data || {};
        const what = d.type === 'status' ? 'status ' + (d.status && d.status.loaded) : d.type;
        mark(name + ': ' + what);
      });
    }
  };
  const NativePost = NativeWorker.prototype.postMessage;
  NativeWorker.prototype.postMessage = function (message, transfer) {
    mark('to worker: ' + ((message && message.type) || '?'));
    return NativePost.call(this, message, transfer);
  };
  let rendered = false;
  const found = () =>
    Array.from(document.querySelectorAll('a, [role="option"], [role="link"]')).some((el) => {
      const text = (el.textContent || '').toLowerCase();
      return wanted.some((s) => text.includes(s));
    });
  const observer = new MutationObserver(() => {
    const root = document.getElementById('root');
    if (!rendered && root && root.childElementCount > 0) {
      rendered = true;
      mark('first render: ' + (root.textContent || '').slice(0, 30));
    }
    if (!found()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__benchFirstResult = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;
}

async function firstResultAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { __benchFirstResult?: number }).__benchFirstResult,
    undefined,
    { timeout: TIMEOUT_MS, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** What the watcher saw on the way to the first result, as `ms what; …` (for the log only). */
async function timelineOf(page: Page): Promise<string> {
  const entries = await page.evaluate(
    () => (window as unknown as { __benchTimeline?: [number, string][] }).__benchTimeline ?? [],
  );
  return entries.map(([t, what]) => `${t} ${what}`).join('; ');
}

/**
 * App start-up with the archive stored. Chromium is relaunched on the profile the import
 * filled (so IndexedDB is opened from disk, as after an app restart) and the copy of the app
 * is opened on a search route (#/search?q=…), timed from the navigation's start to the first
 * result painted; then the heap is read, and a few plain reloads are timed the same way.
 */
export async function measureStartup(r: StartupRequest): Promise<StartupFigures> {
  const browser: BenchBrowser = await openBenchBrowser(r.chromiumPath, r.profile);
  try {
    await browser.context.addInitScript({ content: firstResultWatcher(r.surnames) });
    await browser.page.goto(`${r.appUrl}#/search?q=${encodeURIComponent(r.query)}`, {
      waitUntil: 'commit',
    });
    const firstResultMs = await firstResultAt(browser.page);
    progress(`start-up: first result after ${Math.round(firstResultMs)} ms`);
    progress(`start-up timeline: ${await timelineOf(browser.page)}`);
    const marks = await workerMarks(browser.page, browser.cdp);
    progress(`start-up worker marks: ${marks.map(([what, at]) => `${at} ${what}`).join('; ')}`);
    await browser.page.waitForTimeout(SETTLE_MS);
    const heapUsed = await browser.heapUsed(true);
    const workersHeap = await workersHeapUsed(browser.cdp);
    const reloads: number[] = [];
    for (let i = 0; i < RELOADS; i++) {
      await browser.page.reload({ waitUntil: 'commit' });
      reloads.push(await firstResultAt(browser.page));
    }
    reloads.sort((a, b) => a - b);
    return {
      firstResultMs,
      reloadFirstResultMs: reloads[Math.floor(reloads.length / 2)] as number,
      heapUsed,
      workersHeapUsed: workersHeap.bytes,
      workersBackingStore: workersHeap.backing,
      workers: workersHeap.workers,
      workerMarks: firstOfEach(marks),
    };
  } finally {
    await browser.close();
  }
}

/** Marks the search worker takes once its index is in: restored, or rebuilt and saved. */
const INDEX_READY_MARKS = [
  'search-worker: people part restored',
  'search-worker: index rebuilt and saved',
];

/**
 * Opens the app on the profile and keeps it open until the search worker has its index in
 * (restored, or rebuilt and saved: a build whose index format differs from the one saved
 * rebuilds it, about a minute at L), so that the starts measured next restore it.
 */
export async function openUntilIndexed(
  r: Pick<StartupRequest, 'chromiumPath' | 'profile' | 'appUrl'>,
  timeoutMs = 600_000,
): Promise<void> {
  const browser = await openBenchBrowser(r.chromiumPath, r.profile);
  try {
    await browser.page.goto(r.appUrl);
    const until = Date.now() + timeoutMs;
    for (;;) {
      await browser.page.waitForTimeout(5000);
      const marks = await workerMarks(browser.page, browser.cdp);
      if (marks.some(([what]) => INDEX_READY_MARKS.includes(what))) return;
      if (Date.now() > until)
        throw new Error(`${r.profile}: the search index was not in after ${timeoutMs} ms`);
    }
  } finally {
    await browser.close();
  }
}

interface TargetMessage {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

/**
 * Sends one protocol command to an attached worker. Playwright's CDPSession cannot address a
 * flattened child session, so the worker is attached unflattened and spoken to through
 * Target.sendMessageToTarget.
 */
function sendToTarget<T>(
  cdp: CDPSession,
  sessionId: string,
  id: number,
  method: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as TargetMessage;
      if (message.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      if (message.error) reject(new Error(`${method}: ${message.error.message}`));
      else resolve(message.result as T);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
    cdp
      .send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      })
      .catch(reject);
  });
}

/** Every worker's sessions while `work` runs (attached unflattened, see sendToTarget). */
async function withWorkers<T>(
  cdp: CDPSession,
  work: (sessions: readonly string[]) => Promise<T>,
): Promise<T> {
  const sessions: string[] = [];
  const onAttached = (event: { sessionId: string; targetInfo: { type: string } }) => {
    if (event.targetInfo.type === 'worker') sessions.push(event.sessionId);
  };
  cdp.on('Target.attachedToTarget', onAttached);
  try {
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    // The running workers are announced right after auto-attach is set.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return await work(sessions);
  } finally {
    cdp.off('Target.attachedToTarget', onAttached);
    await cdp
      .send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false })
      .catch(() => undefined);
  }
}

/**
 * The workers' performance marks (the search worker marks its start-up steps) as [what, ms]
 * on the page's clock (from the navigation's start), in the order taken: to see where a
 * start-up's time goes.
 */
async function workerMarks(page: Page, cdp: CDPSession): Promise<[string, number][]> {
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  const expression = `JSON.stringify([performance.timeOrigin, performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])])`;
  return withWorkers(cdp, async (sessions) => {
    const out: [string, number][] = [];
    let id = 1000;
    for (const sessionId of sessions) {
      const reply = await sendToTarget<{ result: { value?: string } }>(
        cdp,
        sessionId,
        ++id,
        'Runtime.evaluate',
        { expression, returnByValue: true },
      );
      const [origin, marks] = JSON.parse(reply.result.value ?? '[0, []]') as [
        number,
        [string, number][],
      ];
      for (const [name, at] of marks) out.push([name, Math.round(origin - pageOrigin + at)]);
    }
    return out;
  });
}

/** Each mark's first time, in the order taken. */
function firstOfEach(marks: readonly [string, number][]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [what, at] of marks) if (!(what in out)) out[what] = at;
  return out;
}

/** The page's workers' V8 heaps in use after a full GC in each, summed. */
function workersHeapUsed(
  cdp: CDPSession,
): Promise<{ bytes: number; backing: number; workers: number }> {
  return withWorkers(cdp, async (sessions) => {
    let bytes = 0;
    let backing = 0;
    let id = 0;
    for (const sessionId of sessions) {
      await sendToTarget(cdp, sessionId, ++id, 'HeapProfiler.collectGarbage');
      const usage = await sendToTarget<{ usedSize: number; backingStorageSize?: number }>(
        cdp,
        sessionId,
        ++id,
        'Runtime.getHeapUsage',
      );
      bytes += usage.usedSize;
      backing += usage.backingStorageSize ?? 0;
    }
    return { bytes, backing, workers: sessions.length };
  });
}
