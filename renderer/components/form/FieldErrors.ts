/**
 * Validation messages by the path of the field they are about, written as the zod issue path
 * joined with dots ("legalCases.0.verdictDate"), so a form field finds its own message.
 */
export type FieldErrors = ReadonlyMap<string, string>;

export const NO_ERRORS: FieldErrors = new Map();

/** An id for the element that holds a field's error, for aria-describedby. */
export function errorIdFor(formId: string, path: string): string {
  return `${formId}-err-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
