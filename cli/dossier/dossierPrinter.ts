import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { DossierPrintSettings } from '../../shared/dossier/dossierPrintSettings.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium from reaching any server on its own (updates, sync, metrics). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface DossierPrinter {
  /** Prints one dossier HTML document to PDF bytes. Calls are printed one after the other. */
  print(html: string, settings: DossierPrintSettings): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface DossierPrinterOptions {
  chromiumPath: string;
  /** Environment of the Chromium process (tests use it to restrict fontconfig). */
  env?: Record<string, string | undefined>;
}

/** A page in a context of its own with JavaScript off and every network request refused. */
async function openIsolatedPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    // setContent loads no URL; fonts and photos are data: URLs, which are never routed.
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    return page;
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

async function printOn(
  page: Page,
  html: string,
  settings: DossierPrintSettings,
): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  // The page's own scripts are off; this evaluation is Playwright's, in its own world, and
  // waits until the embedded fonts are decoded so no fallback font is printed.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: settings.headerTemplate,
    footerTemplate: settings.footerTemplate,
    margin: settings.margin,
    tagged: settings.tagged,
    outline: settings.outline,
  });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/**
 * A headless Chromium that prints dossiers: one browser for any number of documents, on one
 * page whose context has JavaScript off and every network request refused, so nothing in a
 * dossier can run or phone home.
 *
 * The page is kept from one document to the next because a fresh context costs a new
 * renderer process that must start up and decode the embedded fonts again: about two thirds
 * of the CPU time of printing one dossier. Reuse shows nothing of one dossier to the next:
 * no script runs in either, setContent replaces the whole document, and the page is blanked
 * after each print. Any failure throws the context away, so a half-loaded document is never
 * printed under the next one's name.
 */
export async function openDossierPrinter(o: DossierPrinterOptions): Promise<DossierPrinter> {
  const browser: Browser = await chromium.launch({
    executablePath: o.chromiumPath,
    args: CHROMIUM_ARGS,
    ...(o.env ? { env: o.env } : {}),
  });
  let warm: Page | null = null;
  // One document at a time: they share the page.
  let queue: Promise<unknown> = Promise.resolve();

  async function printOne(html: string, settings: DossierPrintSettings): Promise<Uint8Array> {
    const page = warm ?? (await openIsolatedPage(browser));
    warm = null;
    const discard = () =>
      page
        .context()
        .close()
        .catch(() => undefined);
    let pdf: Uint8Array;
    try {
      pdf = await printOn(page, html, settings);
    } catch (error) {
      await discard();
      throw error;
    }
    // The dossier does not stay in the renderer while the page waits for the next one; a page
    // that cannot be blanked is not kept.
    try {
      await page.goto('about:blank');
      warm = page;
    } catch {
      await discard();
    }
    return pdf;
  }

  return {
    print(html, settings) {
      const printing = queue.then(() => printOne(html, settings));
      queue = printing.catch(() => undefined);
      return printing;
    },
    async close() {
      await queue;
      await browser.close();
    },
  };
}
