export interface PrintableDocument {
  /** The document without <style> or <script> elements and without style attributes. */
  html: string;
  /** The text of its <style> elements, in order. */
  css: string;
  /** Style attribute values by the data-print-style index put on their elements. */
  inlineStyles: Map<number, string>;
}

const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const STYLE_ATTRIBUTE = /(<[a-zA-Z][^<>]*?)\sstyle\s*=\s*"([^"]*)"/g;

/**
 * Takes apart a complete HTML document that the app generated (the dossier) so it can be
 * shown under the app's CSP: styles are lifted out to be applied through the CSSOM, and
 * scripts are dropped. This works on the string, because even parsing a <style> element or
 * a style attribute with DOMParser counts as a Content-Security-Policy violation. It relies
 * on what the dossier guarantees: every piece of archive text in it is escaped, so "<" and
 * '"' in the markup only ever belong to tags and attribute values.
 */
export function prepareForPrint(html: string): PrintableDocument {
  const css: string[] = [];
  const inlineStyles = new Map<number, string>();
  const stripped = html
    .replace(SCRIPT_ELEMENT, '')
    .replace(STYLE_ELEMENT, (_whole, text: string) => {
      css.push(text);
      return '';
    })
    .replace(STYLE_ATTRIBUTE, (_whole, tagStart: string, value: string) => {
      const index = inlineStyles.size;
      inlineStyles.set(index, decodeEntities(value));
      return `${tagStart} data-print-style="${index}"`;
    });
  return { html: stripped, css: css.join('\n'), inlineStyles };
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
