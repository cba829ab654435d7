import { z } from '../model/zod.js';
import { PartialDate } from '../model/partialDate.js';
import { escapeHtml } from './escapeHtml.js';

/**
 * What every page of a dossier repeats in its header and footer. The dossier HTML carries it
 * in a <meta> element, so a host that receives only the HTML (Electron's `savePdf(html)`)
 * can rebuild the same header and footer with `readDossierFrame` + `dossierPrintSettings`.
 */
export const DossierFrame = z.object({
  archiveName: z.string().max(300),
  /** YYYY-MM-DD. */
  issuedOn: PartialDate,
  confidential: z.boolean(),
  /** What the dossier is about: a person's name, or "3 case files". */
  subject: z.string().max(300),
});
export type DossierFrame = z.infer<typeof DossierFrame>;

export const DOSSIER_FRAME_META = 'kartoteka-dossier-frame';

/** The <meta> element renderDossierHtml puts in the document head. */
export function dossierFrameMeta(frame: DossierFrame): string {
  return `<meta name="${DOSSIER_FRAME_META}" content="${escapeHtml(JSON.stringify(frame))}">`;
}

const META_PATTERN = new RegExp(`<meta name="${DOSSIER_FRAME_META}" content="([^"]*)">`);

function unescapeAttribute(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
  );
}

/**
 * The frame of a dossier made by renderDossierHtml, or null when the HTML carries none or a
 * malformed one. The HTML may come from a sandboxed renderer, so the value is validated.
 */
export function readDossierFrame(html: string): DossierFrame | null {
  const headEnd = html.indexOf('</head>');
  const head = headEnd >= 0 ? html.slice(0, headEnd) : html;
  const match = META_PATTERN.exec(head);
  if (!match?.[1]) return null;
  try {
    const parsed = DossierFrame.safeParse(JSON.parse(unescapeAttribute(match[1])));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
