import { dossierPrintSettingsFromHtml } from '../../shared/dossier/index.js';
import { platform } from '../platform/platform';

/**
 * Hands one dossier to the desktop to save as PDF. The running header and footer (archive,
 * date of issue, page N of M, the confidential marking) come from the same templates the
 * command line prints with.
 */
export async function saveDossierPdf(html: string, suggestedName: string): Promise<boolean> {
  const settings = dossierPrintSettingsFromHtml(html);
  const { saved } = await platform.savePdf({
    html,
    suggestedName,
    ...(settings
      ? {
          pageFrame: {
            headerTemplate: settings.headerTemplate,
            footerTemplate: settings.footerTemplate,
            marginMm: settings.marginMm,
          },
        }
      : {}),
  });
  return saved;
}
