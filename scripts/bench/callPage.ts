import type { Page } from 'playwright-core';
import type { BenchPageApi } from './harness/benchPageApi.js';

type Method = keyof BenchPageApi;

/** Calls window.kartotekaBench's methods in the page, typed by the page's API. */
export function callPage(page: Page) {
  return <M extends Method>(
    method: M,
    ...args: Parameters<BenchPageApi[M]>
  ): Promise<Awaited<ReturnType<BenchPageApi[M]>>> =>
    page.evaluate(
      ([m, a]) => {
        const api = window.kartotekaBench as unknown as Record<
          string,
          (...x: unknown[]) => unknown
        >;
        const fn = api[m];
        if (!fn) throw new Error(`the bench page has no ${m}`);
        return fn(...a);
      },
      [method as string, args as unknown[]] as const,
    ) as Promise<Awaited<ReturnType<BenchPageApi[M]>>>;
}
