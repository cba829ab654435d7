import type { Token, Tokens } from 'marked';
import { Lexer } from 'marked';
import type { HtmlValue, SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';

/**
 * The elements a printed note may contain, and nothing else (the property test holds the
 * renderer to it). No <a>, <img> or anything with a URL attribute: a PDF is read away from
 * the app, so a link prints as its text followed by the address, and an image as its
 * description and address.
 */
export const NOTE_ELEMENTS: ReadonlySet<string> = new Set([
  'p',
  'br',
  'em',
  'strong',
  'del',
  'code',
  'span',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

// The same Markdown dialect as the app's note view (renderer/components/SafeMarkdown.tsx).
const LEXER_OPTIONS = { gfm: true, breaks: false } as const;

/** Only the lexer's tokens are used: marked's renderer would pass raw HTML through. */
function renderInline(tokens: readonly Token[]): SafeHtml {
  return markup`${tokens.map(inlineToken)}`;
}

function withAddress(text: HtmlValue, shown: string, href: string): SafeHtml {
  // An autolink or a bare URL already shows its address.
  if (href.trim() === '' || href === shown || `mailto:${shown}` === href) return markup`${text}`;
  return markup`${text} <span class="addr">(${href})</span>`;
}

function inlineToken(token: Token): HtmlValue {
  const t = token as Tokens.Generic;
  switch (token.type) {
    case 'text': {
      const text = token as Tokens.Text;
      return text.tokens ? renderInline(text.tokens) : text.text;
    }
    case 'escape':
      return (token as Tokens.Escape).text;
    case 'strong':
      return markup`<strong>${renderInline((token as Tokens.Strong).tokens)}</strong>`;
    case 'em':
      return markup`<em>${renderInline((token as Tokens.Em).tokens)}</em>`;
    case 'del':
      return markup`<del>${renderInline((token as Tokens.Del).tokens)}</del>`;
    case 'codespan':
      return markup`<code>${(token as Tokens.Codespan).text}</code>`;
    case 'br':
      return markup`<br>`;
    case 'link': {
      const link = token as Tokens.Link;
      return withAddress(renderInline(link.tokens), link.text, link.href);
    }
    case 'image': {
      const image = token as Tokens.Image;
      return withAddress(image.text, image.text, image.href);
    }
    case 'checkbox':
      return (token as Tokens.Checkbox).checked ? '[x] ' : '[ ] ';
    default:
      // Inline HTML and anything this renderer does not know: the characters as typed.
      return typeof t.raw === 'string' ? t.raw : '';
  }
}

function renderBlocks(tokens: readonly Token[]): SafeHtml {
  return markup`${tokens.map(blockToken)}`;
}

function renderList(list: Tokens.List): SafeHtml {
  // A tight item's text is inline (no paragraph); a nested list is a block either way.
  const itemPart = (loose: boolean) => (token: Token) =>
    !loose && token.type === 'text' ? inlineToken(token) : blockToken(token);
  const items = list.items.map(
    (item) => markup`<li>${item.tokens.map(itemPart(item.loose || list.loose))}</li>`,
  );
  if (!list.ordered) return markup`<ul>${items}</ul>`;
  const start = typeof list.start === 'number' && list.start !== 1 ? list.start : null;
  return start === null
    ? markup`<ol>${items}</ol>`
    : markup`<ol start="${String(start)}">${items}</ol>`;
}

function renderTable(table: Tokens.Table): SafeHtml {
  const cells = (row: readonly Tokens.TableCell[], tag: 'th' | 'td') =>
    row.map((cell) =>
      tag === 'th'
        ? markup`<th>${renderInline(cell.tokens)}</th>`
        : markup`<td>${renderInline(cell.tokens)}</td>`,
    );
  return markup`<table><thead><tr>${cells(table.header, 'th')}</tr></thead><tbody>${table.rows.map(
    (row) => markup`<tr>${cells(row, 'td')}</tr>`,
  )}</tbody></table>`;
}

function blockToken(token: Token): HtmlValue {
  const t = token as Tokens.Generic;
  switch (token.type) {
    case 'space':
    case 'def':
      // Link definitions are used by the links that name them.
      return '';
    case 'paragraph':
      return markup`<p>${renderInline((token as Tokens.Paragraph).tokens)}</p>`;
    case 'text': {
      const text = token as Tokens.Text;
      return markup`<p>${text.tokens ? renderInline(text.tokens) : text.text}</p>`;
    }
    case 'heading':
      // A note's heading is no heading of the dossier: it must not enter the PDF outline.
      return markup`<p><strong>${renderInline((token as Tokens.Heading).tokens)}</strong></p>`;
    case 'blockquote':
      return markup`<blockquote>${renderBlocks((token as Tokens.Blockquote).tokens)}</blockquote>`;
    case 'list':
      return renderList(token as Tokens.List);
    case 'code':
      return markup`<p class="pre"><code>${(token as Tokens.Code).text}</code></p>`;
    case 'hr':
      return markup`<hr>`;
    case 'checkbox':
      return inlineToken(token);
    case 'table':
      return renderTable(token as Tokens.Table);
    default:
      // An HTML block, or anything unknown: printed as the text it is, never as markup.
      return typeof t.raw === 'string' && t.raw.trim()
        ? markup`<p class="pre">${t.raw.replace(/\n+$/, '')}</p>`
        : '';
  }
}

/**
 * A note's Markdown as formatted text: paragraphs, emphasis, lists, block quotes, code,
 * tables, links as text and address. Built from marked's tokens with every piece of text
 * escaped, so HTML in a note (a script, an image with onerror, a raw block) prints as the
 * characters the researcher typed and nothing in a note can change the document around it.
 */
export function renderMarkdownNote(source: string): SafeHtml {
  const tokens = new Lexer(LEXER_OPTIONS).lex(source.replace(/\r\n?/g, '\n'));
  return renderBlocks(tokens);
}
