/** Immutable edits of a list in a draft. */
export function replaceAt<T>(list: readonly T[], index: number, change: (item: T) => T): T[] {
  return list.map((item, i) => (i === index ? change(item) : item));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** "" → null, anything else trimmed: how optional dates are typed and stored. */
export function dateOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** A path like "names.1.text" as "Name 2 · Name" for the error summary. */
export function describeEntryPath(
  path: string,
  entryLabel: (index: number) => string,
  fieldLabels: Record<string, string>,
  sectionLabel: string,
): string {
  const [, index, field] = path.split('.');
  if (index === undefined || Number.isNaN(Number(index))) return sectionLabel;
  const entry = entryLabel(Number(index));
  const fieldLabel = field ? fieldLabels[field] : undefined;
  return fieldLabel ? `${entry} · ${fieldLabel}` : entry;
}
