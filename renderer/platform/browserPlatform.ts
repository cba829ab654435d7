import type { DesktopApi } from '../../shared/platform/desktopApi';
import { downloadBlob } from './downloadBlob';
import { openExternalUrl } from './openExternalUrl';
import { pickFiles } from './pickFiles';
import { printHtml } from './printHtml';

const SAVE_TYPES = { bundle: 'application/octet-stream', pdf: 'application/pdf' } as const;

/** DesktopApi for a plain browser: file input, downloads, printing and window.open. */
export const browserPlatform: DesktopApi = {
  async openFiles({ purpose, multiple }) {
    return pickFiles(purpose, multiple);
  },
  async saveFile({ suggestedName, kind, bytes }) {
    downloadBlob(bytes, suggestedName, SAVE_TYPES[kind]);
    return { saved: true };
  },
  async savePdf({ html }) {
    await printHtml(html);
    // The print dialog does not tell whether the user saved; it was offered.
    return { saved: true };
  },
  async openExternal({ url }) {
    return { opened: openExternalUrl(url) };
  },
  async appInfo() {
    return { version: import.meta.env.KARTOTEKA_VERSION, platform: 'web' };
  },
};
