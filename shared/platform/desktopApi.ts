import { z } from '../model/zod.js';

/**
 * The one channel map between the renderer and the desktop. The preload script exposes
 * exactly these methods (`satisfies DesktopApi`), the main process registers one handler
 * per channel and parses every request with the schema below, and the browser host
 * implements the same interface with web APIs. The renderer never passes a file path:
 * the user picks files in a dialog the main process opens.
 */

/** What a file dialog is for; the main process picks the filters and size limit from it. */
export const FilePurpose = z.enum(['sources', 'bundle']);
export type FilePurpose = z.infer<typeof FilePurpose>;

export const SaveKind = z.enum(['bundle', 'pdf']);
export type SaveKind = z.infer<typeof SaveKind>;

/** The largest file the desktop hands the renderer: bundles are big, articles are not. */
export const MAX_OPEN_BYTES: Record<FilePurpose, number> = {
  sources: 20 * 1024 * 1024,
  bundle: 2 * 1024 * 1024 * 1024,
};

const safeFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((n) => !/[/\\\0]/.test(n) && n !== '.' && n !== '..', {
    message: 'must be a plain file name',
  });

export const PickedFile = z.object({
  name: z.string(),
  bytes: z.instanceof(Uint8Array),
});
export type PickedFile = z.infer<typeof PickedFile>;

/**
 * A picked file the desktop did not hand over, and why (over `MAX_OPEN_BYTES`, not a regular
 * file, unreadable), so the UI can tell the user instead of dropping it silently.
 */
export const SkippedFile = z.object({
  name: z.string(),
  reason: z.enum(['tooLarge', 'notAFile', 'unreadable']),
});
export type SkippedFile = z.infer<typeof SkippedFile>;

/**
 * What Chromium's print pipeline puts around every page: CSS cannot number pages as
 * "page N of M" in Chromium, its header/footer templates can (classes pageNumber and
 * totalPages). The dossier module makes these, so the app and the CLI print the same pages.
 */
export const PdfPageFrame = z.object({
  headerTemplate: z.string().max(4 * 1024 * 1024),
  footerTemplate: z.string().max(4 * 1024 * 1024),
  marginMm: z.object({
    top: z.number().min(0).max(100),
    right: z.number().min(0).max(100),
    bottom: z.number().min(0).max(100),
    left: z.number().min(0).max(100),
  }),
});
export type PdfPageFrame = z.infer<typeof PdfPageFrame>;

export const DESKTOP_CHANNELS = {
  openFiles: {
    channel: 'files:open',
    request: z.object({ purpose: FilePurpose, multiple: z.boolean() }),
    response: z.object({ files: z.array(PickedFile), skipped: z.array(SkippedFile).optional() }),
  },
  saveFile: {
    channel: 'files:save',
    request: z.object({
      suggestedName: safeFileName,
      kind: SaveKind,
      bytes: z.instanceof(Uint8Array),
    }),
    response: z.object({ saved: z.boolean() }),
  },
  savePdf: {
    channel: 'pdf:save',
    request: z.object({
      /** A complete HTML document with inline styles and fonts; it is printed with scripts off. */
      html: z.string().max(200 * 1024 * 1024),
      suggestedName: safeFileName,
      /** Running header and footer ("page N of M") and page margins; see PdfPageFrame. */
      pageFrame: PdfPageFrame.optional(),
    }),
    response: z.object({ saved: z.boolean() }),
  },
  openExternal: {
    channel: 'shell:openExternal',
    request: z.object({ url: z.string().max(4000) }),
    response: z.object({ opened: z.boolean() }),
  },
  appInfo: {
    channel: 'app:info',
    request: z.object({}),
    response: z.object({ version: z.string(), platform: z.string() }),
  },
} as const;

export type DesktopChannels = typeof DESKTOP_CHANNELS;
export type DesktopMethod = keyof DesktopChannels;
export type DesktopRequest<M extends DesktopMethod> = z.input<DesktopChannels[M]['request']>;
export type DesktopResponse<M extends DesktopMethod> = z.output<DesktopChannels[M]['response']>;

/** The API the preload script exposes as `window.kartoteka`, and the browser host mirrors. */
export type DesktopApi = {
  [M in DesktopMethod]: (request: DesktopRequest<M>) => Promise<DesktopResponse<M>>;
};

/** The name under which the preload script exposes the API on `window`. */
export const DESKTOP_API_GLOBAL = 'kartoteka';
