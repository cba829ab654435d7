import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { useMemo } from 'react';
import type { MouseEvent } from 'react';
import { platform } from '../platform/platform';

/**
 * THE one place where HTML reaches the DOM: a note's Markdown, rendered by marked and then
 * sanitised by DOMPurify. Notes come from colleagues' bundles, so they are untrusted. Two
 * layers: marked turns raw HTML and images into plain text, and DOMPurify then allows only
 * the tags Markdown makes (no scripts, event handlers, styles, frames, forms or images,
 * which could reach the network). Links keep only http(s) and mailto targets and open in
 * the user's browser, never in the app.
 */
const markdown = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    // Raw HTML in a note is shown as the text it is, never parsed: in Chromium even parsing
    // an attribute such as onerror= (in an inert document, as sanitisers do) is reported as a
    // CSP violation, and nothing a note needs goes beyond Markdown.
    html({ text }) {
      return escapeHtml(text);
    },
    // An image would reach the network; the note shows its description instead.
    image({ text }) {
      return escapeHtml(text);
    },
  },
});

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'em',
  'strong',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
const SAFE_LINK = /^(https?:|mailto:)/i;

let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        const target = node.getAttribute('href') ?? '';
        if (!SAFE_LINK.test(target)) node.removeAttribute('href');
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
      }
    });
    hooked = true;
  }
  return DOMPurify;
}

/** Markdown to sanitised HTML (exported for the test; components use <SafeMarkdown>). */
export function markdownToSafeHtml(source: string): string {
  const html = markdown.parse(source) as string;
  return purifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title', 'align'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}

/** Links in notes open in the user's browser (https only), never inside the app. */
function openLinkOutside(event: MouseEvent<HTMLDivElement>): void {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (!link) return;
  event.preventDefault();
  const url = link.getAttribute('href');
  if (url) void platform.openExternal({ url });
}

export function SafeMarkdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => markdownToSafeHtml(source), [source]);
  return (
    <div
      className={className ? `markdown ${className}` : 'markdown'}
      onClick={openLinkOutside}
      // The only dangerouslySetInnerHTML in the app: sanitised just above.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
