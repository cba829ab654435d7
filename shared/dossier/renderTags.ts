import type { Tag } from '../model/tag.js';
import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';

/** The case file's tags, alphabetically, as a run of labels. */
export function renderTags(tags: readonly Tag[]): SafeHtml | null {
  if (tags.length === 0) return null;
  const sorted = [...tags].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return markup`<ul class="tags">${sorted.map((t) => markup`<li>${t.name}</li>`)}</ul>`;
}
