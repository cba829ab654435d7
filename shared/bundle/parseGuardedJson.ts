/** Keys that could reach an object's prototype if the value were ever merged or spread. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonGuardLimits {
  maxDepth: number;
  maxStringChars: number;
}

export type GuardedJson =
  { ok: true; value: unknown } | { ok: false; field: string; message: string };

/**
 * JSON.parse, then one iterative walk over the result that refuses `__proto__`,
 * `constructor` and `prototype` keys, nesting deeper than the limit and over-long strings.
 * (JSON.parse itself copes with deep nesting; it is the code after it that would recurse.
 * A walk is cheaper than a reviver and reports the field path.)
 */
export function parseGuardedJson(text: string, limits: JsonGuardLimits): GuardedJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^.*?JSON[^:]*:\s*/i, '') : '';
    return {
      ok: false,
      field: '',
      message: `not valid JSON${detail ? ` (${detail.slice(0, 120)})` : ''}`,
    };
  }
  // Paths are built only for the error, from parent links: most lines have none.
  const stack: Frame[] = [{ v: value, parent: null, key: '', depth: 0 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { v, depth } = top;
    if (typeof v === 'string') {
      if (v.length > limits.maxStringChars) {
        const message = `string of ${v.length} characters; at most ${limits.maxStringChars} are allowed`;
        return { ok: false, field: pathOf(top), message };
      }
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= limits.maxDepth) {
      return {
        ok: false,
        field: pathOf(top),
        message: `nested more than ${limits.maxDepth} levels deep`,
      };
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++)
        stack.push({ v: v[i], parent: top, key: i, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(v)) {
      const frame = { v: (v as Record<string, unknown>)[key], parent: top, key, depth: depth + 1 };
      if (FORBIDDEN_KEYS.has(key))
        return { ok: false, field: pathOf(frame), message: `the key "${key}" is not allowed` };
      stack.push(frame);
    }
  }
  return { ok: true, value };
}

interface Frame {
  v: unknown;
  parent: Frame | null;
  key: string | number;
  depth: number;
}

function pathOf(frame: Frame): string {
  const keys: Array<string | number> = [];
  for (let f: Frame | null = frame; f?.parent; f = f.parent) keys.push(f.key);
  return keys.reverse().reduce<string>((path, key) => joinPath(path, key), '');
}

/** `data.names[0].text`; keys that are not plain identifiers are quoted. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const part = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (path === '') return part.startsWith('"') ? `[${part}]` : part;
  return part.startsWith('"') ? `${path}[${part}]` : `${path}.${part}`;
}
