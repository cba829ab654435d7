import type { SourceMetadata } from './sourceImportResult.js';
import { httpUrlOrEmpty } from './httpUrlOrEmpty.js';
import { plainMetaText } from './plainMetaText.js';
import { toPartialDate } from './toPartialDate.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asString(v: Json | undefined): string {
  return typeof v === 'string' ? plainMetaText(v) : '';
}

/** A name from "Jane Doe", {"name": "Jane Doe"} or a list of them. */
function names(v: Json | undefined): string[] {
  if (Array.isArray(v)) return v.flatMap(names);
  if (isObject(v)) return asString(v.name) ? [asString(v.name)] : [];
  return asString(v) && !/^https?:/i.test(asString(v)) ? [asString(v)] : [];
}

function isArticle(node: { [key: string]: Json }): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /Article|BlogPosting|Report/.test(t));
}

/** The article objects of parsed JSON-LD: top level, in a list, or in an @graph. */
function articleNodes(doc: Json): { [key: string]: Json }[] {
  const top = Array.isArray(doc) ? doc : [doc];
  const nodes = top.flatMap((n) => (isObject(n) && Array.isArray(n['@graph']) ? n['@graph'] : [n]));
  return nodes.filter(isObject).filter(isArticle);
}

/**
 * What schema.org JSON-LD blocks (`<script type="application/ld+json">`, which news sites
 * use for search engines) say about the article. Only read with JSON.parse, never run; a
 * block that does not parse is skipped.
 */
export function jsonLdMetadata(blocks: readonly string[]): SourceMetadata {
  const found: SourceMetadata = { title: '', publisher: '', author: '', date: null, url: '' };
  for (const block of blocks) {
    let doc: Json;
    try {
      doc = JSON.parse(block) as Json;
    } catch {
      continue;
    }
    for (const node of articleNodes(doc)) {
      const page = node.mainEntityOfPage;
      found.title ||= asString(node.headline) || asString(node.name);
      found.publisher ||= names(node.publisher)[0] ?? '';
      found.author ||= [...new Set(names(node.author))].join(', ');
      found.date ??= toPartialDate(asString(node.datePublished) || asString(node.dateCreated));
      found.url ||= httpUrlOrEmpty(
        asString(node.url) || (isObject(page) ? asString(page['@id']) : asString(page)),
      );
    }
  }
  return found;
}
