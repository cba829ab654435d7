import { describe, expect, it } from 'vitest';
import {
  createPdfPrinter,
  PRINT_SCHEME,
  type PrintToPdfOptions,
  type PrintWindow,
} from './pdfPrinter.js';

type Handler = (request: Request) => Response | Promise<Response>;

/**
 * A stand-in for the hidden BrowserWindow: loading a URL fetches it through the handler
 * the printer registered, as Chromium would, and "printing" returns the page it got.
 */
function setup(behaviour: { failLoad?: boolean; failPrint?: boolean; hang?: boolean } = {}) {
  let handler: Handler = () => {
    throw new Error('the printer registered no protocol handler');
  };
  const windows: {
    url?: string;
    destroyed: boolean;
    served?: string;
    options?: PrintToPdfOptions;
  }[] = [];
  const printer = createPdfPrinter({
    protocol: {
      handle(scheme, h) {
        expect(scheme).toBe(PRINT_SCHEME);
        handler = h;
      },
    },
    timeoutMs: 200,
    createWindow(): PrintWindow {
      const record: (typeof windows)[number] = { destroyed: false };
      windows.push(record);
      return {
        async loadURL(url) {
          record.url = url;
          if (behaviour.hang) return new Promise(() => undefined);
          if (behaviour.failLoad) throw new Error('ERR_FAILED');
          const response = await handler(new Request(url));
          record.served = await response.text();
        },
        webContents: {
          async printToPDF(options) {
            record.options = options;
            if (behaviour.failPrint) throw new Error('print failed');
            return new TextEncoder().encode(`PDF of ${record.served}`);
          },
        },
        destroy() {
          record.destroyed = true;
        },
        isDestroyed: () => record.destroyed,
      };
    },
  });
  return { printer, windows, fetch: (url: string) => handler(new Request(url)) };
}

describe('createPdfPrinter', () => {
  it('prints the given HTML and destroys the window', async () => {
    const { printer, windows } = setup();
    const pdf = await printer.printToPdf('<h1>Ігар Лосік</h1>');
    expect(new TextDecoder().decode(pdf)).toBe('PDF of <h1>Ігар Лосік</h1>');
    expect(windows).toHaveLength(1);
    expect(windows[0]?.options).toMatchObject({
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
    });
    expect(windows[0]?.destroyed).toBe(true);
    expect(windows[0]?.url).toMatch(new RegExp(`^${PRINT_SCHEME}://document/[0-9a-f-]{36}$`));
  });

  it('serves the document with a CSP that allows no script and no remote anything', async () => {
    const { printer, windows, fetch } = setup({ hang: true });
    const printing = printer.printToPdf('<p>x</p>').catch(() => undefined);
    const url = windows[0]?.url ?? '';
    expect(printer.isPendingDocumentUrl(url)).toBe(true);
    const response = await fetch(url);
    expect(await response.text()).toBe('<p>x</p>');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|https?:/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    await printing;
  });

  it('serves nothing else, and nothing once printed', async () => {
    const { printer, windows, fetch } = setup();
    await printer.printToPdf('<p>secret dossier</p>');
    const url = windows[0]?.url ?? '';
    expect(printer.isPendingDocumentUrl(url)).toBe(false);
    for (const other of [
      url,
      `${PRINT_SCHEME}://document/`,
      `${PRINT_SCHEME}://document/x`,
      `${url}?again`,
    ]) {
      const response = await fetch(other);
      expect(response.status, other).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
    expect(printer.isPendingDocumentUrl('https://example.org/')).toBe(false);
  });

  it.each([
    ['loading fails', { failLoad: true }, /ERR_FAILED/],
    ['printing fails', { failPrint: true }, /print failed/],
    ['the page never loads', { hang: true }, /timed out/],
  ] as const)(
    'destroys the window and forgets the document when %s',
    async (_, behaviour, error) => {
      const { printer, windows } = setup(behaviour);
      await expect(printer.printToPdf('<p>x</p>')).rejects.toThrow(error);
      expect(windows[0]?.destroyed).toBe(true);
      expect(printer.isPendingDocumentUrl(windows[0]?.url ?? '')).toBe(false);
    },
  );

  it('gives each document its own address', async () => {
    const { printer, windows } = setup();
    await Promise.all([printer.printToPdf('<p>1</p>'), printer.printToPdf('<p>2</p>')]);
    expect(new Set(windows.map((w) => w.url)).size).toBe(2);
    expect(windows.map((w) => w.served).sort()).toEqual(['<p>1</p>', '<p>2</p>']);
  });

  it('prints the running header and footer, with margins in inches, when given a page frame', async () => {
    const { printer, windows } = setup();
    const footerTemplate =
      'page <span class="pageNumber"></span> of <span class="totalPages"></span>';
    await printer.printToPdf('<p>dossier</p>', {
      headerTemplate: '<div>Archive</div>',
      footerTemplate,
      marginMm: { top: 25.4, right: 12.7, bottom: 25.4, left: 0 },
    });
    expect(windows[0]?.options).toEqual({
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      displayHeaderFooter: true,
      headerTemplate: '<div>Archive</div>',
      footerTemplate,
      margins: { top: 1, right: 0.5, bottom: 1, left: 0 },
    });
  });
});
