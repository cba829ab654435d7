import type { Page } from '@playwright/test';

/** What the app handed to window.print(): the document as it stood, its markup and its text. */
export interface PrintedDocument {
  html: string;
  text: string;
}

/**
 * The browser host "saves" a PDF by printing a hidden iframe. A test cannot work the print
 * dialog, so this watches the page from the outside (an init script, nothing in the app):
 * when an iframe loads, its print() is replaced by a recorder that keeps the document's
 * markup and text at the moment the app asked for the print dialog.
 */
export async function capturePrints(page: Page): Promise<() => Promise<PrintedDocument[]>> {
  await page.addInitScript(() => {
    const printed: { html: string; text: string }[] = [];
    (window as unknown as { __printed: typeof printed }).__printed = printed;
    // Capture phase: an iframe's load reaches the document before the app's own listener on
    // the iframe, so the recorder is in place before the app can call print().
    document.addEventListener(
      'load',
      (event) => {
        const frame = event.target;
        if (!(frame instanceof HTMLIFrameElement)) return;
        const win = frame.contentWindow;
        if (!win) return;
        win.print = () => {
          const doc = win.document;
          printed.push({ html: doc.documentElement.outerHTML, text: doc.body.innerText });
        };
      },
      true,
    );
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { __printed: { html: string; text: string }[] }).__printed,
    );
}
