/**
 * A plain file name for a case file's dossier: its display name reduced to letters, digits
 * and dashes (Cyrillic kept), e.g. "Dossier-Mikalai-Statkevich-2026-04-01.pdf". The desktop
 * channel accepts only plain names, so nothing here may contain a separator.
 */
export function dossierFileName(displayName: string, day: string): string {
  const base = displayName
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `Dossier-${base || 'case-file'}-${day}.pdf`;
}
