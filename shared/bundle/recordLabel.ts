import type { EntityKind } from '../model/entities.js';
import { displayNameOf } from '../model/caseFile.js';
import type { CaseFile } from '../model/caseFile.js';

const MAX = 80;

/** A short human label for a record of any kind, for previews and command-line output. */
export function recordLabel(entity: EntityKind, value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const v = value as Record<string, unknown>;
  const text = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : '');
  switch (entity) {
    case 'case':
      return cut(
        Array.isArray(v.names) ? displayNameOf(v as unknown as Pick<CaseFile, 'names'>) : '',
      );
    case 'source':
      return cut(text('title') || text('fileName') || text('url'));
    case 'tag':
      return cut(text('name'));
    case 'note':
      return cut(firstLine(text('body')));
    case 'citation':
    case 'annotation': {
      const selector = v.selector as { exact?: unknown } | undefined;
      const quote = typeof selector?.exact === 'string' ? selector.exact : '';
      return cut(entity === 'annotation' && text('note') ? text('note') : `“${firstLine(quote)}”`);
    }
  }
}

function firstLine(s: string): string {
  return s.trim().split('\n')[0]?.trim() ?? '';
}

function cut(s: string): string {
  const chars = [...s];
  return chars.length > MAX ? `${chars.slice(0, MAX - 1).join('')}…` : s;
}
