import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';

/** One labelled row of a facts table (label column, value column). */
export function factRow(label: string, value: SafeHtml): SafeHtml {
  return markup`<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
}
