import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SourceText } from '../../shared/model/index.js';
import { readTexts } from './readTexts.js';
import { sha256Hex } from './sha256Hex.js';
import { openTestArchive } from './testArchive.js';

function textNumber(n: number): SourceText {
  const text = `Article ${n}: the court in Minsk heard the case.`;
  return { sha256: sha256Hex(text), text };
}

async function collect(texts: AsyncIterable<SourceText>): Promise<SourceText[]> {
  const out: SourceText[] = [];
  for await (const text of texts) out.push(text);
  return out;
}

describe('readTexts', () => {
  it('yields the texts asked for in the order asked, each once, over several reads', async () => {
    const { db } = await openTestArchive();
    // More texts than a few reads hold, so reads overlap.
    const stored = Array.from({ length: 1300 }, (_, i) => textNumber(i));
    await db.sourceTexts.bulkPut(stored);
    const asked = [...stored].reverse().map((t) => t.sha256);
    const missing = 'f'.repeat(64);
    const read = await collect(readTexts(db, [missing, ...asked, asked[0] as string]));
    expect(read).toEqual([...stored].reverse());
  });

  it('yields nothing for no hashes, or only missing ones', async () => {
    const { db } = await openTestArchive();
    expect(await collect(readTexts(db, []))).toEqual([]);
    expect(await collect(readTexts(db, ['e'.repeat(64)]))).toEqual([]);
  });

  it('can be left early', async () => {
    const { db } = await openTestArchive();
    const stored = Array.from({ length: 600 }, (_, i) => textNumber(i));
    await db.sourceTexts.bulkPut(stored);
    const first: SourceText[] = [];
    for await (const text of readTexts(
      db,
      stored.map((t) => t.sha256),
    )) {
      first.push(text);
      if (first.length === 3) break;
    }
    expect(first).toEqual(stored.slice(0, 3));
  });
});
