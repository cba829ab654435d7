import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../shared/bundle/readBundle.js';
import type { ReadBundleResult } from '../../shared/bundle/readBundleOptions.js';
import type { RevisionsByRecord } from '../../shared/bundle/revisionsByRecord.js';
import { TEST_OPTIONS, TEXT, TEXT_SHA, smallArchive } from '../../shared/bundle/bundleTestkit.js';
import { buildTagHistories, tagRevisionSpec } from '../../shared/bundle/tagHistories.test-data.js';
import { writeBundle } from '../../shared/bundle/writeBundle.js';
import type { Revision } from '../../shared/model/index.js';
import { applyCheckedBatch } from '../db/applyRevisions';
import { dumpContent, dumpDatabase } from '../db/dumpDatabase';
import type { KartotekaDb } from '../db/kartotekaDb';
import { sha256Hex } from '../db/sha256Hex';
import { openTestArchive } from '../db/testArchive';
import { applyImport, prepareImport } from './importBundle';

/**
 * A bundle read with revisionsLater (as the bundle worker reads it) previews and applies a
 * chunk of records at a time; it must give what the same bundle held whole gives.
 */

const spec = tagRevisionSpec;

/** A history, what the archive already holds of it, and what the bundle brings (shuffled). */
const scenario = fc
  .array(fc.array(spec, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 7 })
  .chain((h) => {
    const all = buildTagHistories(h).flat();
    return fc.record({
      held: fc.subarray(all),
      sent: fc.shuffledSubarray(all, { minLength: 1 }),
      chunk: fc.integer({ min: 1, max: 4 }),
      open: fc.integer({ min: 1, max: 4 }),
    });
  });

const now = () => '2026-01-01T00:00:00.000Z';

/** The bundle's records handed over in chunks of `size` revisions, holding at most `open`. */
function inSmallChunks(bundle: ReadBundleResult, size: number, open: number): ReadBundleResult {
  const later = bundle.laterRevisions;
  if (!later) throw new Error('read without revisionsLater');
  const small: RevisionsByRecord = {
    ...later,
    chunks: (wanted) => later.chunks(wanted, size, open),
  };
  return { ...bundle, laterRevisions: small };
}

async function archiveHolding(held: readonly Revision[]) {
  const { archive, db } = await openTestArchive();
  await applyCheckedBatch(db, { revisions: held, texts: [] }, { bundleId: null });
  return { archive, db };
}

/** The archive's content: rows, texts, revisions and their bundles (not when they came). */
async function content(db: KartotekaDb) {
  const dump = await dumpDatabase(db);
  const { cases, sources, citations, annotations, notes, tags, sourceTexts, revisions } = dump;
  const origins = (dump.revisionOrigins as { revisionId: string; bundleId: string | null }[]).map(
    (o) => [o.revisionId, o.bundleId],
  );
  return { cases, sources, citations, annotations, notes, tags, sourceTexts, revisions, origins };
}

describe('importing a bundle read with revisionsLater', () => {
  it('previews and writes what the whole bundle does, however its records are chunked', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ held, sent, chunk, open }) => {
        const bytes = await writeBundle({ revisions: sent, texts: [] }, TEST_OPTIONS);
        const whole = await readBundle(bytes);
        const later = inSmallChunks(await readBundle(bytes, { revisionsLater: true }), chunk, open);

        const a = await archiveHolding(held);
        const b = await archiveHolding(held);
        try {
          const expected = await prepareImport(a.archive, whole, 'a.kartoteka');
          expect(await prepareImport(b.archive, later, 'a.kartoteka')).toEqual(expected);
          const applied = await applyImport(a.archive, whole, 'a.kartoteka', now);
          expect(await applyImport(b.archive, later, 'a.kartoteka', now)).toEqual(applied);
          expect(await content(b.db)).toEqual(await content(a.db));

          // Twice: nothing new, nothing changes.
          const before = await dumpDatabase(b.db);
          const again = await prepareImport(b.archive, later, 'a.kartoteka');
          expect(again.preview.newRevisions).toBe(0);
          expect(again.preview.knownRevisions).toBe(sent.length);
          expect(await applyImport(b.archive, later, 'a.kartoteka', now)).toMatchObject({
            added: 0,
          });
          expect(await dumpDatabase(b.db)).toEqual(before);
        } finally {
          await a.db.delete();
          await b.db.delete();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('carries texts too, and writes nothing when a later chunk fails', async () => {
    const small = smallArchive();
    const bytes = await writeBundle(small, TEST_OPTIONS);
    const later = await readBundle(bytes, { revisionsLater: true, textsLater: true });
    const revisions = later.laterRevisions;
    if (!revisions) throw new Error('read without revisionsLater');
    let given = 0;
    const failing: RevisionsByRecord = {
      ...revisions,
      *chunks(wanted) {
        for (const chunk of revisions.chunks(wanted, 1)) {
          if (++given === 3) throw new Error('the bundle could not be read again');
          yield chunk;
        }
      },
    };
    const { archive, db } = await openTestArchive();
    try {
      const before = await dumpContent(db);
      await expect(
        applyImport(archive, { ...later, laterRevisions: failing }, 'a.kartoteka', now),
      ).rejects.toThrow('could not be read again');
      expect(await dumpContent(db)).toEqual(before);

      const result = await applyImport(archive, later, 'a.kartoteka', now);
      const records = new Set(small.revisions.map((r) => r.recordId)).size;
      expect(result).toEqual({
        added: small.revisions.length,
        skipped: 0,
        touchedRecords: records,
      });
      expect(await db.sourceTexts.get(TEXT_SHA)).toEqual({ sha256: TEXT_SHA, text: TEXT });
    } finally {
      await db.delete();
    }
  });

  it('adds only the texts the archive lacks, looked up once; a failed import takes back only those', async () => {
    const small = smallArchive();
    const extra = ['Віцебск, 2021.', 'Second text.', 'Трэці тэкст.', 'Fourth.'].map((text) => ({
      text,
      sha256: sha256Hex(text),
    }));
    const bytes = await writeBundle({ ...small, texts: [...small.texts, ...extra] }, TEST_OPTIONS);
    const later = await readBundle(bytes, { revisionsLater: true, textsLater: true });
    const revisions = later.laterRevisions;
    if (!revisions) throw new Error('read without revisionsLater');
    const failing: RevisionsByRecord = {
      ...revisions,
      *chunks() {
        yield* [];
        throw new Error('the bundle could not be read again');
      },
    };
    const { archive, db } = await openTestArchive();
    try {
      // The archive holds two of the bundle's texts already.
      await db.sourceTexts.bulkAdd(extra.slice(0, 2));
      const before = await dumpContent(db);
      await expect(
        applyImport(archive, { ...later, laterRevisions: failing }, 'a.kartoteka', now),
      ).rejects.toThrow('could not be read again');
      expect(await dumpContent(db)).toEqual(before);

      await applyImport(archive, later, 'a.kartoteka', now);
      const stored = await db.sourceTexts.toArray();
      expect(stored.map((t) => t.sha256).sort()).toEqual(
        [...small.texts, ...extra].map((t) => t.sha256).sort(),
      );
      expect(new Map(stored.map((t) => [t.sha256, t.text]))).toEqual(
        new Map([...small.texts, ...extra].map((t) => [t.sha256, t.text])),
      );
    } finally {
      await db.delete();
    }
  });
});
