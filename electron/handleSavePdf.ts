import type { PdfPageFrame } from '../shared/platform/desktopApi.js';
import { saveWithDialog, type SaveFileDeps } from './handleSaveFile.js';
import type { HandlerResponse, ParsedRequest } from './parsedRequest.js';

export interface SavePdfDeps extends SaveFileDeps {
  /** Renders a complete HTML document to PDF bytes in a locked-down hidden window. */
  printToPdf(html: string, pageFrame?: PdfPageFrame): Promise<Uint8Array>;
}

/**
 * `pdf:save`: prints the dossier HTML first, so a document that fails to print never
 * sends the user through a save dialog for nothing, then asks where to save it.
 */
export async function handleSavePdf(
  request: ParsedRequest<'savePdf'>,
  deps: SavePdfDeps,
): Promise<HandlerResponse<'savePdf'>> {
  const pdf = await deps.printToPdf(request.html, request.pageFrame);
  return { saved: await saveWithDialog('pdf', request.suggestedName, pdf, deps) };
}
