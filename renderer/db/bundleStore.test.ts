import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../shared/model/index.js';
import { newId } from '../../shared/model/index.js';
import { createBundleStore } from './bundleStore.js';
import { dumpDatabase } from './dumpDatabase.js';
import { resolveConflicts } from './resolveConflicts.js';
import { recordHistory } from './revisionProvenance.js';
import { ARTICLE, importedSource, must, openTestArchive, tagRevision } from './testArchive.js';
import { sha256Hex } from './sha256Hex.js';

const boris: Actor = { id: newId(), name: 'Boris' };

describe('the bundle store', () => {
  it('reads what an export needs and what a preview compares against', async () => {
    const { archive, db } = await openTestArchive();
    await archive.sources.addImported([importedSource(ARTICLE)]);
    const tagId = await archive.tags.create('Belarus');
    const store = createBundleStore(db);
    const all = await store.allRevisions();
    expect(all.map((r) => r.entity).sort()).toEqual(['source', 'tag']);
    expect(await store.allTextHashes()).toEqual([sha256Hex(ARTICLE)]);
    const texts = [];
    for await (const text of store.texts([sha256Hex(ARTICLE), 'f'.repeat(64)])) texts.push(text);
    // As stored: the UTF-8 bytes an export writes.
    expect(texts).toEqual([
      { sha256: sha256Hex(ARTICLE), utf8: new TextEncoder().encode(ARTICLE) },
    ]);

    const incoming = tagRevision(tagId, 'Belarus 2025', {
      at: '2026-01-01T00:00:00.000Z',
      by: boris,
    });
    const existing = await store.existingFor([incoming], [sha256Hex(ARTICLE), 'e'.repeat(64)]);
    expect(existing.revisions.map((r) => r.recordId)).toEqual([tagId]);
    expect(existing.textHashes).toEqual([sha256Hex(ARTICLE)]);
  });

  it('remembers exports per colleague and imported bundles, ignoring damaged rows', async () => {
    const { db } = await openTestArchive();
    const store = createBundleStore(db);
    const bundleId = newId();
    const record = {
      bundleId,
      at: '2026-03-02T14:03:00.000Z',
      scope: 'changes' as const,
      colleague: 'Барыс',
      revisions: 3,
      texts: 1,
      encrypted: true,
      fileName: 'x.kartoteka.age',
    };
    const [a, b] = [newId(), newId()].sort();
    await store.recordExport(record, [must(b), must(a), must(a)]);
    await store.recordExport({ ...record, bundleId: newId(), colleague: null }, null);
    expect((await store.exportLog()).length).toBe(2);
    expect(await store.colleagues()).toEqual(['Барыс']);
    expect(await store.lastSentTo('  барыс ')).toMatchObject({ bundleId, frontier: [a, b] });
    expect(await store.lastSentTo('Anna')).toBeNull();

    await db.settings.put({ key: 'bundles.exports', value: [{ nonsense: true }, record] });
    expect(await store.exportLog()).toEqual([record]);

    const received = {
      bundleId,
      exportedBy: boris,
      createdAt: '2026-03-02T14:03:00.000Z',
      importedAt: '2026-03-03T09:00:00.000Z',
      fileName: 'from-boris.kartoteka',
      scope: 'archive' as const,
    };
    await store.recordImport(received);
    expect(await store.receivedBundles([bundleId, newId()])).toEqual(
      new Map([[bundleId, received]]),
    );
    // Whoever sent a bundle is offered as a colleague too.
    expect(await store.colleagues()).toEqual(['Барыс', 'Boris']);
  });
});

describe('conflict resolution and history', () => {
  it('settles a deletion conflict either way, and history says where each revision came from', async () => {
    const { archive, db } = await openTestArchive();
    const tagId = await archive.tags.create('Belarus');
    const [created] = await createBundleStore(db).allRevisions();
    const base = must(created);
    // Boris renamed the tag while it was deleted here: a `$deleted` conflict.
    await archive.tags.remove(tagId);
    const bundleId = newId();
    await archive.archive.applyRevisions(
      [
        tagRevision(tagId, 'Belarus 2025', {
          parents: [base.id],
          at: '2026-01-02T00:00:00.000Z',
          by: boris,
        }),
      ],
      [],
      { bundleId },
    );
    const row = must(await db.tags.get(tagId));
    expect(row.meta.conflicts.map((c) => c.path)).toEqual(['$deleted']);

    const before = await dumpDatabase(db);
    await expect(
      resolveConflicts(archive, {
        entity: 'tag',
        recordId: tagId,
        heads: row.meta.heads,
        choices: [],
      }),
    ).rejects.toThrow(/no version chosen/);
    expect(await dumpDatabase(db)).toEqual(before);

    await resolveConflicts(archive, {
      entity: 'tag',
      recordId: tagId,
      heads: row.meta.heads,
      choices: [{ path: '$deleted', value: false }],
    });
    const kept = must(await db.tags.get(tagId));
    expect(kept.meta.conflicts).toEqual([]);
    expect(kept.name).toBe('Belarus 2025');
    expect(kept.meta.heads).toHaveLength(1);

    const history = await recordHistory(db, 'tag', tagId);
    expect(history.map((h) => h.revision.parents.length)).toEqual([2, 1, 1, 0]);
    expect(history.find((h) => h.revision.by.name === 'Boris')?.provenance?.bundleId).toBe(
      bundleId,
    );
    expect(history[0]?.provenance?.bundleId).toBeNull();
  });
});
