import type { SourceMetadata } from './sourceImportResult.js';
import { httpUrlOrEmpty } from './httpUrlOrEmpty.js';
import { plainTextMetadata } from './plainTextMetadata.js';
import { toPartialDate } from './toPartialDate.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * The simple `key: value` lines of YAML front matter (and `key:` followed by `- item`
 * lines, joined with ", "). Not a YAML parser: nested maps and multi-line strings are
 * skipped, which only costs a suggestion the researcher can type in.
 */
function frontMatterFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  let listKey = '';
  for (const raw of block.split(/\r?\n/)) {
    const item = /^\s+-\s+(.+)$/.exec(raw) ?? /^-\s+(.+)$/.exec(raw);
    if (item && listKey !== '') {
      const prev = fields.get(listKey);
      fields.set(
        listKey,
        prev ? `${prev}, ${unquote(item[1] as string)}` : unquote(item[1] as string),
      );
      continue;
    }
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(raw);
    if (!m) continue;
    const key = (m[1] as string).toLowerCase();
    const value = unquote(m[2] as string);
    listKey = value === '' ? key : '';
    if (value !== '' && !fields.has(key)) fields.set(key, value);
  }
  return fields;
}

function unquote(value: string): string {
  const v = value.trim().replace(/\s+#.*$/, '');
  const m = /^"(.*)"$|^'(.*)'$/.exec(v);
  return (m ? (m[1] ?? m[2] ?? '') : v).trim();
}

function pick(fields: Map<string, string>, keys: readonly string[]): string {
  for (const k of keys) {
    const v = fields.get(k);
    if (v) return v;
  }
  return '';
}

/** The first `# Title` (or `Title` underlined with `===`) outside code fences. */
function firstHeading(body: string): string {
  const lines = body.split(/\r?\n/);
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const atx = /^\s{0,3}#\s+(.+?)(?:\s+#+)?\s*$/.exec(line);
    if (atx) return atx[1] as string;
    if (line.trim() !== '' && /^\s{0,3}=+\s*$/.test(lines[i + 1] ?? '')) return line.trim();
  }
  return '';
}

/** Markdown markup around the words of a line, so plain text rules can read it. */
function plainLine(line: string): string {
  return line
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)/, '')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/**
 * Metadata of a Markdown article: YAML front matter (title, date, author, publisher, url)
 * first, then the first level-one heading as the title, then what the plain text rules find
 * in the text with its markup taken off. The text itself is stored as it is.
 */
export function markdownMetadata(text: string, fallbackTitle: string): SourceMetadata {
  const fm = FRONT_MATTER.exec(text);
  const fields = fm ? frontMatterFields(fm[1] as string) : new Map<string, string>();
  const body = fm ? text.slice(fm[0].length) : text;
  const plain = plainTextMetadata(body.split(/\r?\n/).map(plainLine).join('\n'), fallbackTitle);
  const heading = firstHeading(body);
  return {
    title:
      pick(fields, ['title', 'headline']) || (heading ? plainLine(heading) : '') || plain.title,
    publisher: pick(fields, ['publisher', 'site_name', 'site', 'publication']) || plain.publisher,
    author: pick(fields, ['author', 'authors', 'byline']) || plain.author,
    date:
      toPartialDate(
        pick(fields, ['date', 'published', 'pubdate', 'publishdate', 'published_at']),
      ) ?? plain.date,
    url:
      ['url', 'link', 'canonical', 'canonical_url', 'source_url', 'source']
        .map((k) => httpUrlOrEmpty(fields.get(k) ?? ''))
        .find((u) => u !== '') ?? '',
  };
}
