import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_PACK_PREFIX, TextPack, type TextPackChunk, type TextPackSave } from './TextPack';

const hashOf = (n: number) => n.toString(16).padStart(64, '0');
const article = (n: number) =>
  `Статья ${n}: Ihar Losik, RFE/RL, 15 years. Ціханоўскі — Łacinka ŭ ć. `.repeat(8) + n;

/** What a save writes, applied to a key/value table as the database would. */
function apply(table: Map<string, unknown>, save: TextPackSave): void {
  for (const key of save.remove) table.delete(key);
  for (const [key, chunk] of save.put) table.set(key, structuredClone(chunk));
  save.commit();
}

function restored(table: Map<string, unknown>, budget?: number): TextPack {
  const pack = new TextPack(budget);
  for (const [key, value] of [...table].sort(([a], [b]) => a.localeCompare(b)))
    pack.restore(key, value);
  return pack;
}

describe('TextPack', () => {
  it('gives back every text it was given, after a save and a restore too', () => {
    const pack = new TextPack();
    // Given as strings and as UTF-8 bytes (as the archive stores them), alike.
    const encoder = new TextEncoder();
    for (let i = 0; i < 300; i++)
      pack.add(hashOf(i), i % 2 ? encoder.encode(article(i)) : article(i));
    expect(pack.text(hashOf(7))).toBe(article(7));
    expect(pack.text(hashOf(8))).toBe(article(8));
    expect(pack.text(hashOf(1000))).toBeUndefined();
    const table = new Map<string, unknown>();
    apply(table, pack.planSave(null));
    expect([...table.keys()].every((k) => k.startsWith(TEXT_PACK_PREFIX))).toBe(true);
    const again = restored(table);
    expect(again.size).toBe(300);
    for (let i = 0; i < 300; i++) expect(again.text(hashOf(i))).toBe(article(i));
    // Held deflated: well under the texts' UTF-8.
    expect(again.bytes).toBeLessThan(new TextEncoder().encode(article(1)).length * 300 * 0.5);
  });

  it('writes only what changed since the last save', () => {
    const pack = new TextPack();
    pack.add(hashOf(1), article(1));
    const table = new Map<string, unknown>();
    apply(table, pack.planSave(null));
    expect(pack.planSave(null).put.size).toBe(0);
    pack.add(hashOf(2), article(2));
    const next = pack.planSave(null);
    expect(next.put.size).toBe(1);
    apply(table, next);
    expect(restored(table).text(hashOf(2))).toBe(article(2));
  });

  it('plans a failed save again, whole', () => {
    const pack = new TextPack();
    pack.add(hashOf(1), article(1));
    pack.planSave(null); // written nowhere, never committed
    const table = new Map<string, unknown>();
    apply(table, pack.planSave(null));
    expect(restored(table).text(hashOf(1))).toBe(article(1));
  });

  it('rewrites its chunks without the texts no source has once they are a quarter of it', () => {
    const pack = new TextPack();
    for (let i = 0; i < 100; i++) pack.add(hashOf(i), article(i));
    const table = new Map<string, unknown>();
    apply(table, pack.planSave(null));
    const live = new Set(Array.from({ length: 90 }, (_, i) => hashOf(i)));
    // A tenth unused: kept as it is.
    expect(pack.planSave(live).put.size).toBe(0);
    const half = new Set(Array.from({ length: 50 }, (_, i) => hashOf(i)));
    const rewrite = pack.planSave(half);
    pack.add(hashOf(500), article(500)); // added while the rewrite is being written
    apply(table, rewrite);
    expect(pack.has(hashOf(70))).toBe(false);
    expect(pack.text(hashOf(49))).toBe(article(49));
    apply(table, pack.planSave(new Set([...half, hashOf(500)])));
    const again = restored(table);
    expect(again.size).toBe(51);
    expect(again.text(hashOf(500))).toBe(article(500));
    expect(again.text(hashOf(70))).toBeUndefined();
  });

  it('stops adding at its budget', () => {
    const pack = new TextPack(1000);
    for (let i = 0; i < 100; i++) pack.add(hashOf(i), article(i));
    expect(pack.full).toBe(true);
    expect(pack.size).toBeLessThan(100);
    expect(pack.text(hashOf(99))).toBeUndefined();
  });

  it('drops a damaged chunk (deleted at the next save) and a text that does not inflate', () => {
    const pack = new TextPack();
    pack.add(hashOf(1), article(1));
    pack.add(hashOf(2), article(2));
    const table = new Map<string, unknown>();
    apply(table, pack.planSave(null));
    const [key, value] = [...table][0] as [string, TextPackChunk];
    const broken = { ...value, bytes: value.bytes.slice(), ends: value.ends.slice() };
    broken.bytes.fill(0xff, 0, value.ends[0]);
    const again = new TextPack();
    expect(again.restore(key, broken)).toBe(true);
    expect(again.text(hashOf(1))).toBeUndefined();
    expect(again.has(hashOf(1))).toBe(false);
    expect(again.text(hashOf(2))).toBe(article(2));

    const other = new TextPack();
    expect(other.restore(`${TEXT_PACK_PREFIX}00000009`, { ...value, ends: [1, 2] })).toBe(false);
    expect(other.planSave(null).remove).toEqual([`${TEXT_PACK_PREFIX}00000009`]);
    // New chunks are numbered after every key seen, so none overwrites a saved one.
    other.add(hashOf(3), article(3));
    expect([...other.planSave(null).put.keys()]).toEqual([`${TEXT_PACK_PREFIX}00000010`]);
  });

  it('holds, across any adds, saves (adds while one is written), failed saves, rewrites and restores, every text it says it has', () => {
    const op = fc.oneof(
      fc.record({ add: fc.integer({ min: 0, max: 40 }) }),
      fc.record({ plan: fc.option(fc.integer({ min: 0, max: 40 })) }),
      fc.record({ written: fc.boolean() }),
      fc.constant({ restart: true as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const table = new Map<string, unknown>();
        let pack = new TextPack();
        const added = new Set<number>();
        // The worker saves one at a time; searches may add texts while a save is written.
        let pending: TextPackSave | null = null;
        for (const o of ops) {
          if ('add' in o) {
            pack.add(hashOf(o.add), article(o.add));
            added.add(o.add);
          } else if ('plan' in o) {
            if (pending) continue;
            // Live: the texts below a bound (the other sources deleted), or not known yet.
            const bound = o.plan;
            const live =
              bound === null ? null : new Set([...added].filter((n) => n < bound).map(hashOf));
            pending = pack.planSave(live);
          } else if ('written' in o) {
            if (pending && o.written) apply(table, pending);
            pending = null;
          } else {
            pack = restored(table);
            pending = null;
          }
        }
        for (const n of added) {
          const text = pack.text(hashOf(n));
          if (text !== undefined) expect(text).toBe(article(n));
        }
        if (pending) apply(table, pending);
        // Every text it holds is saved by the next save.
        apply(table, pack.planSave(null));
        const again = restored(table);
        for (const n of added) {
          if (pack.has(hashOf(n))) expect(again.text(hashOf(n))).toBe(article(n));
        }
      }),
      { numRuns: 300 },
    );
  });
});
