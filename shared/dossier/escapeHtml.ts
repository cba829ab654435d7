/**
 * Escapes text for HTML element content and for quoted attribute values. Every string that
 * comes from archive data (names, quotes, notes, source metadata) passes through here, so a
 * source that contains markup prints that markup as text and never injects elements.
 * The single quote is escaped too, so the result is safe in either kind of attribute quotes.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
