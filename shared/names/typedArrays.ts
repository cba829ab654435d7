/**
 * The saved index is meant to be structured-cloned, but one that went through JSON text has
 * its typed arrays as objects keyed "0", "1", …: those are read back into typed arrays (a
 * typed array passes through as it is).
 */
type Saved<T> = T | ArrayLike<number> | Record<string, number>;

export function asUint32Array(a: Saved<Uint32Array>): Uint32Array {
  return a instanceof Uint32Array ? a : Uint32Array.from(valuesOf(a));
}

export function asUint8Array(a: Saved<Uint8Array>): Uint8Array {
  return a instanceof Uint8Array ? a : Uint8Array.from(valuesOf(a));
}

function valuesOf(a: ArrayLike<number> | Record<string, number>): number[] {
  if (Array.isArray(a)) return a as number[];
  const values = a as Record<string, number>;
  const out: number[] = [];
  for (let i = 0; String(i) in values; i++) out.push(values[String(i)] ?? 0);
  return out;
}
