import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BLANK_URL,
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
function setup(
  behaviour: { failLoad?: boolean; failPrint?: boolean; hang?: boolean; failBlank?: boolean } = {},
) {
  let handler: Handler = () => {
    throw new Error('the printer registered no protocol handler');
  };
  const windows: {
    /** The last URL loaded. */
    url?: string;
    /** Every URL loaded, in order. */
    loads: string[];
    destroyed: boolean;
    served?: string;
    /** Every document printed, in order. */
    printed: string[];
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
    idleMs: 1_000,
    createWindow(): PrintWindow {
      const record: (typeof windows)[number] = { destroyed: false, loads: [], printed: [] };
      windows.push(record);
      return {
        async loadURL(url) {
          if (record.destroyed) throw new Error('the window is destroyed');
          record.url = url;
          record.loads.push(url);
          if (url === BLANK_URL) {
            if (behaviour.failBlank) throw new Error('ERR_ABORTED');
            record.served = '';
            return;
          }
          if (behaviour.hang) return new Promise(() => undefined);
          if (behaviour.failLoad) throw new Error('ERR_FAILED');
          const response = await handler(new Request(url));
          record.served = await response.text();
        },
        webContents: {
          async printToPDF(options) {
            record.options = options;
            if (behaviour.failPrint) throw new Error('print failed');
            record.printed.push(record.served ?? '');
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
  afterEach(() => {
    vi.useRealTimers();
  });

  it('prints the given HTML, then blanks the window', async () => {
    const { printer, windows } = setup();
    const pdf = await printer.printToPdf('<h1>Ігар Лосік</h1>');
    expect(new TextDecoder().decode(pdf)).toBe('PDF of <h1>Ігар Лосік</h1>');
    expect(windows).toHaveLength(1);
    expect(windows[0]?.options).toMatchObject({
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
    });
    const [document, after] = windows[0]?.loads ?? [];
    expect(document).toMatch(new RegExp(`^${PRINT_SCHEME}://document/[0-9a-f-]{36}$`));
    expect(after).toBe(BLANK_URL);
  });

  it('prints the next document in the same window, and destroys it once idle', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { printer, windows } = setup();
    await printer.printToPdf('<p>first</p>');
    await printer.printToPdf('<p>second</p>');
    expect(windows).toHaveLength(1);
    expect(windows[0]?.printed).toEqual(['<p>first</p>', '<p>second</p>']);
    expect(windows[0]?.destroyed).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(windows[0]?.destroyed).toBe(true);
    await printer.printToPdf('<p>third</p>');
    expect(windows).toHaveLength(2);
    expect(windows[1]?.printed).toEqual(['<p>third</p>']);
  });

  it('still returns the PDF when the window cannot be blanked, but does not keep it', async () => {
    const { printer, windows } = setup({ failBlank: true });
    const pdf = await printer.printToPdf('<p>x</p>');
    expect(new TextDecoder().decode(pdf)).toBe('PDF of <p>x</p>');
    expect(windows[0]?.destroyed).toBe(true);
  });

  it('keeps no window once disposed, not even one still printing', async () => {
    const { printer, windows } = setup();
    await printer.printToPdf('<p>first</p>');
    const printing = printer.printToPdf('<p>second</p>');
    printer.dispose();
    await printing;
    expect(windows.every((w) => w.destroyed)).toBe(true);
  });

  it('serves the document with a CSP that allows no script and no remote anything', async () => {
    const { printer, windows, fetch } = setup({ hang: true });
    const printing = printer.printToPdf('<p>x</p>').catch(() => undefined);
    await Promise.resolve();
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
    const url = windows[0]?.loads[0] ?? '';
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
      expect(printer.isPendingDocumentUrl(windows[0]?.loads[0] ?? '')).toBe(false);
      // The next document gets a new window, never the one that failed.
      await expect(printer.printToPdf('<p>y</p>')).rejects.toThrow(error);
      expect(windows).toHaveLength(2);
    },
  );

  it('gives each document its own address, and prints them one after the other', async () => {
    const { printer, windows } = setup();
    const pdfs = await Promise.all([
      printer.printToPdf('<p>1</p>'),
      printer.printToPdf('<p>2</p>'),
    ]);
    expect(pdfs.map((p) => new TextDecoder().decode(p))).toEqual([
      'PDF of <p>1</p>',
      'PDF of <p>2</p>',
    ]);
    const documents = windows.flatMap((w) => w.loads).filter((u) => u !== BLANK_URL);
    expect(new Set(documents).size).toBe(2);
    expect(windows.flatMap((w) => w.printed)).toEqual(['<p>1</p>', '<p>2</p>']);
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
