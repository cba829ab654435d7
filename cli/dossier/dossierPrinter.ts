import type { Browser } from 'playwright-core';
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
  /** Prints one dossier HTML document to PDF bytes. */
  print(html: string, settings: DossierPrintSettings): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface DossierPrinterOptions {
  chromiumPath: string;
  /** Environment of the Chromium process (tests use it to restrict fontconfig). */
  env?: Record<string, string | undefined>;
}

/**
 * A headless Chromium that prints dossiers: one browser for any number of documents, each in
 * a fresh context with JavaScript off and every network request refused, so nothing in a
 * dossier can run or phone home.
 */
export async function openDossierPrinter(o: DossierPrinterOptions): Promise<DossierPrinter> {
  const browser: Browser = await chromium.launch({
    executablePath: o.chromiumPath,
    args: CHROMIUM_ARGS,
    ...(o.env ? { env: o.env } : {}),
  });
  return {
    async print(html, settings) {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        // setContent loads no URL; fonts and photos are data: URLs, which are never routed.
        await page.route('**/*', (route) => route.abort('blockedbyclient'));
        await page.setContent(html, { waitUntil: 'load' });
        // The page's own scripts are off; this evaluation is Playwright's, in its own world,
        // and waits until the embedded fonts are decoded so no fallback font is printed.
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
      } finally {
        await context.close();
      }
    },
    async close() {
      await browser.close();
    },
  };
}
