import { escapeHtml } from './escapeHtml.js';

/**
 * Markup that is already safe: built by `markup` from escaped values, or constant markup of
 * our own. Making escaping the default (a plain string is always escaped) means forgetting
 * to escape is impossible rather than a review finding.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue =
  SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (typeof value === 'number') return escapeHtml(String(value));
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(render).join('');
}

/** A template tag: literal parts are trusted markup, every interpolated string is escaped. */
export function markup(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Joins fragments with a separator that is itself text (escaped). */
export function joinHtml(parts: readonly HtmlValue[], separator: string): SafeHtml {
  return new SafeHtml(parts.map(render).join(escapeHtml(separator)));
}

/** Our own constant markup or CSS. Never pass data through this. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
