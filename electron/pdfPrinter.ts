import { randomUUID } from 'node:crypto';
import type { PdfPageFrame } from '../shared/platform/desktopApi.js';

/**
 * The scheme the hidden PDF window loads the dossier from. Why a private in-memory
 * protocol rather than the alternatives:
 * - a `data:` URL is capped by Chromium at 2 MB, and a dossier with its embedded fonts
 *   (Cyrillic and Latin) and many case files is larger;
 * - a temporary file would write the dossier, evidence about named people, to disk in
 *   clear, where a seized laptop keeps it;
 * - the app's own `app://` origin would give the document the app's storage and
 *   privileges.
 * Each document gets a random, single-use URL; the handler serves exactly the pending
 * documents and nothing else, with a CSP that lets it use only inline styles and `data:`
 * fonts and images.
 */
export const PRINT_SCHEME = 'kartoteka-print';
const PRINT_HOST = 'document';

const PRINT_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    'font-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'Referrer-Policy': 'no-referrer',
};

/** The subset of Electron's printToPDF options the printer sets. */
export interface PrintToPdfOptions {
  printBackground: boolean;
  preferCSSPageSize: boolean;
  displayHeaderFooter: boolean;
  headerTemplate?: string;
  footerTemplate?: string;
  /** Inches, as Electron takes them. */
  margins?: { top: number; right: number; bottom: number; left: number };
  generateTaggedPDF?: boolean;
  generateDocumentOutline?: boolean;
}

const MM_PER_INCH = 25.4;

/** Electron's printToPDF options for a document with (or without) a running page frame. */
export function printOptionsFor(pageFrame: PdfPageFrame | undefined): PrintToPdfOptions {
  const base = {
    printBackground: true,
    preferCSSPageSize: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
  if (!pageFrame) return { ...base, displayHeaderFooter: false };
  const m = pageFrame.marginMm;
  return {
    ...base,
    displayHeaderFooter: true,
    headerTemplate: pageFrame.headerTemplate,
    footerTemplate: pageFrame.footerTemplate,
    margins: {
      top: m.top / MM_PER_INCH,
      right: m.right / MM_PER_INCH,
      bottom: m.bottom / MM_PER_INCH,
      left: m.left / MM_PER_INCH,
    },
  };
}

/** What the printer needs of a hidden BrowserWindow. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  readonly webContents: {
    printToPDF(options: PrintToPdfOptions): Promise<Uint8Array>;
  };
  destroy(): void;
  isDestroyed(): boolean;
}

/** What the printer needs of the print session's protocol registry. */
export interface PrintProtocol {
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

export interface PdfPrinter {
  /**
   * Prints one complete HTML document. Documents are printed one after the other in one
   * hidden window, which is blanked after each document and destroyed when anything fails or
   * after `idleMs` without a document.
   */
  printToPdf(html: string, pageFrame?: PdfPageFrame): Promise<Uint8Array>;
  /** True for the URL of a document being printed right now (the session's allow-list). */
  isPendingDocumentUrl(raw: string): boolean;
  /**
   * Destroys the kept window and keeps none from now on. Call it when the app's window
   * closes: a hidden window left behind would keep the app from quitting.
   */
  dispose(): void;
}

/** Where the window goes between documents, so no dossier stays in it while it waits. */
export const BLANK_URL = 'about:blank';

export function createPdfPrinter(deps: {
  protocol: PrintProtocol;
  /** A new hidden, script-less, sandboxed window on the print session, without preload. */
  createWindow(): PrintWindow;
  timeoutMs?: number;
  /** How long a window is kept for the next document. */
  idleMs?: number;
}): PdfPrinter {
  const pending = new Map<string, string>();
  const timeoutMs = deps.timeoutMs ?? 120_000;
  const idleMs = deps.idleMs ?? 60_000;

  const tokenOf = (raw: string): string | null => {
    try {
      const url = new URL(raw);
      if (url.protocol !== `${PRINT_SCHEME}:` || url.host !== PRINT_HOST) return null;
      if (url.search !== '' || url.username !== '' || url.password !== '') return null;
      const token = url.pathname.slice(1);
      return pending.has(token) ? token : null;
    } catch {
      return null;
    }
  };

  deps.protocol.handle(PRINT_SCHEME, (request) => {
    const token = tokenOf(request.url);
    const html = token === null ? undefined : pending.get(token);
    if (request.method !== 'GET' || html === undefined) {
      return new Response('Not found', { status: 404, headers: PRINT_HEADERS });
    }
    return new Response(html, { status: 200, headers: PRINT_HEADERS });
  });

  // A window is kept from one document to the next: a new one costs a renderer process that
  // must start and decode the embedded fonts again, most of the time of printing a dossier.
  let spare: PrintWindow | null = null;
  let spareTimer: ReturnType<typeof setTimeout> | undefined;
  // One document at a time: they share the window.
  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;

  const takeWindow = (): PrintWindow => {
    clearTimeout(spareTimer);
    const kept = spare && !spare.isDestroyed() ? spare : null;
    spare = null;
    return kept ?? deps.createWindow();
  };

  const keepWindow = (win: PrintWindow): void => {
    if (disposed) {
      win.destroy();
      return;
    }
    spare = win;
    spareTimer = setTimeout(() => {
      if (spare === win) spare = null;
      if (!win.isDestroyed()) win.destroy();
    }, idleMs);
    // A spare window is no reason for the app to stay up.
    spareTimer.unref?.();
  };

  const withTimeout = <T>(work: Promise<T>): Promise<T> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Printing the PDF timed out')), timeoutMs);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  };

  async function printOne(html: string, pageFrame: PdfPageFrame | undefined): Promise<Uint8Array> {
    const token = randomUUID();
    pending.set(token, html);
    let window: PrintWindow | undefined;
    let reusable = false;
    try {
      const win = takeWindow();
      window = win;
      const pdf = await withTimeout(
        win.loadURL(`${PRINT_SCHEME}://${PRINT_HOST}/${token}`).then(() => {
          // The document is loaded: it may not be fetched again.
          pending.delete(token);
          return win.webContents.printToPDF(printOptionsFor(pageFrame));
        }),
      );
      // A window that cannot be blanked is not kept; the document is printed all the same.
      reusable = await withTimeout(win.loadURL(BLANK_URL)).then(
        () => true,
        () => false,
      );
      return pdf;
    } finally {
      pending.delete(token);
      if (window && !window.isDestroyed()) {
        // A window in which anything failed may still hold this document: never reused.
        if (reusable) keepWindow(window);
        else window.destroy();
      }
    }
  }

  return {
    isPendingDocumentUrl: (raw) => tokenOf(raw) !== null,
    printToPdf(html, pageFrame) {
      const printing = queue.then(() => printOne(html, pageFrame));
      queue = printing.catch(() => undefined);
      return printing;
    },
    dispose() {
      disposed = true;
      clearTimeout(spareTimer);
      if (spare && !spare.isDestroyed()) spare.destroy();
      spare = null;
    },
  };
}
