import type { SourceMetadata } from './sourceImportResult.js';
import { httpUrlOrEmpty } from './httpUrlOrEmpty.js';
import { jsonLdMetadata } from './jsonLdMetadata.js';
import { plainMetaText } from './plainMetaText.js';
import { toPartialDate } from './toPartialDate.js';

const TITLE_KEYS = ['og:title', 'twitter:title', 'citation_title', 'dc.title'];
const PUBLISHER_KEYS = ['og:site_name', 'citation_publisher', 'dc.publisher', 'publisher'];
const AUTHOR_KEYS = [
  'author',
  'article:author',
  'citation_author',
  'dc.creator',
  'parsely-author',
  'byl',
];
const DATE_KEYS = [
  'article:published_time',
  'citation_publication_date',
  'citation_date',
  'dc.date.issued',
  'dc.date',
  'date',
  'pubdate',
  'publish-date',
  'parsely-pub-date',
  'og:published_time',
];

export interface TagContext {
  /** Inside an element whose text is dropped (head, script, svg …). */
  dropped: boolean;
  /** Inside <svg> or <math>, whose <title> is not the page's. */
  foreign: boolean;
  inArticle: boolean;
}

/**
 * Gathers what a page's markup says about it while htmlToText walks the tags: <title>,
 * <meta> (Open Graph, citation_*, Dublin Core, author), <link rel=canonical>, <time datetime>,
 * the first <h1> and JSON-LD blocks. Attribute values are only ever read as strings.
 */
export class HtmlMetadataCollector {
  private readonly metas = new Map<string, string[]>();
  private readonly ldJson: string[] = [];
  private canonical = '';
  private timeInArticle = '';
  private timeAnywhere = '';
  private sawArticle = false;
  private title = '';
  private capture: 'title' | 'ldjson' | null = null;
  private buffer = '';
  private h1Depth = 0;
  private h1 = '';

  opened(name: string, attributes: ReadonlyMap<string, string>, at: TagContext): void {
    if (name === 'meta') {
      const key = (
        attributes.get('property') ??
        attributes.get('name') ??
        attributes.get('itemprop') ??
        ''
      )
        .trim()
        .toLowerCase();
      const content = plainMetaText(attributes.get('content') ?? '');
      if (key !== '' && content !== '')
        this.metas.set(key, [...(this.metas.get(key) ?? []), content]);
    } else if (name === 'link') {
      const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('canonical')) this.canonical ||= attributes.get('href') ?? '';
    } else if (name === 'time') {
      const datetime = attributes.get('datetime') ?? '';
      if (at.inArticle) this.timeInArticle ||= datetime;
      if (!at.dropped) this.timeAnywhere ||= datetime;
    } else if (name === 'article') {
      this.sawArticle = true;
    } else if (name === 'title' && !at.foreign && this.title === '') {
      this.capture = 'title';
      this.buffer = '';
    } else if (
      name === 'script' &&
      (attributes.get('type') ?? '').trim().toLowerCase() === 'application/ld+json'
    ) {
      this.capture = 'ldjson';
      this.buffer = '';
    } else if (name === 'h1' && !at.dropped && this.h1 === '') {
      this.h1Depth++;
    }
  }

  closed(name: string): void {
    if (name === 'title' && this.capture === 'title') {
      this.title = plainMetaText(this.buffer);
      this.capture = null;
    } else if (name === 'script' && this.capture === 'ldjson') {
      this.ldJson.push(this.buffer);
      this.capture = null;
    } else if (name === 'h1' && this.h1Depth > 0) {
      this.h1Depth--;
      if (this.h1Depth === 0) this.h1 = plainMetaText(this.buffer);
      this.buffer = '';
    }
  }

  text(text: string, dropped: boolean): void {
    if (this.capture !== null || (this.h1Depth > 0 && !dropped)) this.buffer += text;
  }

  result(): SourceMetadata {
    const first = (keys: readonly string[]) =>
      keys.map((k) => this.metas.get(k)?.[0] ?? '').find((v) => v) ?? '';
    const ld = jsonLdMetadata(this.ldJson);
    const publisher = first(PUBLISHER_KEYS) || ld.publisher;
    const authors = AUTHOR_KEYS.flatMap((k) => this.metas.get(k) ?? [])
      .map((a) => a.replace(/^by\s+/i, ''))
      .filter((a) => !/^https?:|^www\./i.test(a));
    const dates = [
      ...DATE_KEYS.map((k) => this.metas.get(k)?.[0] ?? ''),
      this.sawArticle ? this.timeInArticle : this.timeAnywhere,
    ];
    return {
      title: first(TITLE_KEYS) || ld.title || withoutSiteName(this.title, publisher) || this.h1,
      publisher,
      author: [...new Set(authors)].join(', ') || ld.author,
      date:
        dates
          .slice(0, -1)
          .map(toPartialDate)
          .find((d) => d !== null) ??
        ld.date ??
        toPartialDate(dates.at(-1) ?? ''),
      url: httpUrlOrEmpty(this.canonical) || httpUrlOrEmpty(first(['og:url'])) || ld.url,
    };
  }
}

/** "Belarus frees 52 prisoners | Reuters" without " | Reuters" when Reuters is the site. */
function withoutSiteName(title: string, site: string): string {
  if (site === '') return title;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ']) {
    const suffix = `${sep}${site}`;
    if (title.toLowerCase().endsWith(suffix.toLowerCase()) && title.length > suffix.length) {
      return title.slice(0, -suffix.length);
    }
  }
  return title;
}
