/** What a form control needs of one field: its error path, its value, and how to change it. */
export interface BoundField<V> {
  path: string;
  value: V;
  onChange: (value: V) => void;
}

/** Binds a field of a draft object to a form control; `path` defaults to `<pathPrefix>.<key>`. */
export type FieldBinder<T> = <K extends keyof T & string>(
  key: K,
  path?: string,
) => BoundField<T[K]>;

/**
 * The binder of one draft object (a legal case, an entry of a list) whose changes go through
 * `update`, so a form spreads `{...bind('court')}` instead of repeating value, path and an
 * onChange that copies the object.
 */
export function bindFields<T>(
  draft: T,
  pathPrefix: string,
  update: (change: (draft: T) => T) => void,
): FieldBinder<T> {
  return (key, path) => ({
    path: path ?? `${pathPrefix}.${key}`,
    value: draft[key],
    onChange: (value) => update((d) => ({ ...d, [key]: value })),
  });
}
