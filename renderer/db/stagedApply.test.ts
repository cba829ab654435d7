import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type Middleware, type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { revisionsInMemory } from '../../shared/bundle/revisionsInMemory.js';
import type { Actor, Revision, Tag } from '../../shared/model/index.js';
import { newId } from '../../shared/model/index.js';
import { applyCheckedBatch, writeCheckedRecordsStaged } from './applyRevisions.js';
import { dumpContent } from './dumpDatabase.js';
import { KartotekaDb } from './kartotekaDb.js';
import { readJournal } from './searchIndexStore.js';
import { sha256Hex } from './sha256Hex.js';
import {
  applyStaged,
  stagedImportPending,
  type BatchWriter,
  type UndoProgress,
} from './stagedApply.js';
import { createTagRepository } from './tagRepository.js';
import { revisionsOfRecord } from './recordStore.js';
import { ARTICLE, articleSource, mutationMiddleware, testRevision } from './testArchive.js';

const alice: Actor = { id: newId(), name: 'Alice' };
const bob: Actor = { id: newId(), name: 'Bob' };

const revision = (
  entity: Revision['entity'],
  recordId: string,
  data: Record<string, unknown> | null,
  over: Partial<Revision> = {},
) => testRevision(entity, recordId, data, { by: alice, ...over });

const tag = (name: string): Omit<Tag, 'id'> => ({ name, description: '' });

/**
 * An archive's own history (four tags), and a colleague's batch that changes two of them,
 * deletes one, adds four and a source with its text: every kind of write a step undoes (a
 * row replaced, removed, created; a pack and a text added).
 */
function histories() {
  const local = ['Belarus', 'Minsk', 'Press', 'Students'].map((name) =>
    revision('tag', newId(), tag(name)),
  );
  const [t1, t2, t3] = local as [Revision, Revision, Revision, Revision];
  const sha256 = sha256Hex(ARTICLE);
  const sourceId = newId();
  const incoming = [
    revision('tag', t1.recordId, tag('Belarus 2025'), { parents: [t1.id], by: bob }),
    revision('tag', t2.recordId, tag('Minsk region'), { parents: [t2.id], by: bob }),
    revision('tag', t3.recordId, null, { parents: [t3.id], by: bob }),
    ...['Viasna', 'RFE/RL', 'Hrodna', 'Lawyers'].map((name) =>
      revision('tag', newId(), tag(name), { by: bob }),
    ),
    revision('source', sourceId, articleSource(sourceId), { by: bob }),
  ];
  return { local, incoming, texts: [{ sha256, text: ARTICLE }] };
}

type Histories = ReturnType<typeof histories>;

/** Records per step in these tests: the batch's eight records take four steps (and one for the text). */
const PER_STEP = 2;
const STEPS = 5;

const opened: KartotekaDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function archiveWith(h: Histories, options = {}): Promise<KartotekaDb> {
  const db = new KartotekaDb(`staged-${newId()}`, options);
  opened.push(db);
  await db.open();
  await applyCheckedBatch(db, { revisions: h.local, texts: [] }, { bundleId: null });
  return db;
}

/** The colleague's batch written as steps of `writer`, PER_STEP records each. */
function writeIncoming(
  db: KartotekaDb,
  writer: BatchWriter,
  h: Histories,
  bundleId: string | null = null,
) {
  return writeCheckedRecordsStaged(
    db,
    writer,
    { revisions: revisionsInMemory(h.incoming), texts: h.texts },
    { bundleId },
    undefined,
    PER_STEP,
  );
}

function stagedImport(db: KartotekaDb, h: Histories, bundleId: string) {
  return applyStaged(db, { startedAt: '2025-09-12T11:00:00.000Z', bundleId }, (writer) =>
    writeIncoming(db, writer, h, bundleId),
  );
}

/** What two archives holding the same revisions must share (not when each revision arrived). */
async function content(db: KartotekaDb) {
  const { revisionOrigins: _o, ...rest } = await dumpContent(db);
  return rest;
}

/**
 * Once armed, fails every write after `steps` steps of a staged import have committed (a
 * full disk, or the app gone): the next step fails, and so does the undo the import tries at
 * once.
 */
function diskFullAfter(steps: number): { middleware: Middleware<DBCore>[]; arm: () => void } {
  let committed = 0;
  let armed = false;
  return {
    arm: () => (armed = true),
    middleware: [
      mutationMiddleware('disk-full-after-steps', async (name, req, next) => {
        if (armed && committed >= steps) throw new Error('disk full');
        const result = await next(req);
        const undoRow =
          name === 'stagedImport' &&
          req.type === 'put' &&
          req.values.some((v: { key?: unknown }) => String(v.key).startsWith('undo:'));
        // Counted when its transaction commits, which a step's last write precedes.
        if (undoRow) {
          // Dexie's core transaction is the IndexedDB transaction itself.
          const trans = req.trans as unknown as IDBTransaction;
          trans.addEventListener('complete', () => (committed += 1));
        }
        return result;
      }),
    ],
  };
}

describe('a staged import', () => {
  it('writes what the same batch writes in one transaction, and leaves no undo rows', async () => {
    const h = histories();
    const bundleId = newId();
    const once = await archiveWith(h);
    const inOne = await applyCheckedBatch(
      once,
      { revisions: h.incoming, texts: h.texts },
      { bundleId },
    );
    const staged = await archiveWith(h);
    expect(await stagedImport(staged, h, bundleId)).toEqual(inOne);
    expect(await content(staged)).toEqual(await content(once));
    expect(await staged.stagedImport.count()).toBe(0);
    expect(await staged.tags.get(h.local[2]?.recordId ?? '')).toBeUndefined();
  });

  it.each(Array.from({ length: STEPS + 1 }, (_, k) => k))(
    'stopped after %i of its steps, is undone when the archive is next opened',
    async (k) => {
      const h = histories();
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const fault = diskFullAfter(k);
      const db = await archiveWith(h, fault);
      const before = await content(db);
      fault.arm();
      await expect(stagedImport(db, h, newId())).rejects.toThrow('disk full');
      errors.mockRestore();
      // Left as the app would leave it when it stops: the steps that committed, and `pending`
      // (with none, the disk was full before `pending` itself could be written).
      expect(await stagedImportPending(db)).toBe(k > 0);
      if (k > 0) expect(await content(db)).not.toEqual(before);
      db.close();

      // The app is started again: the open undoes the steps that committed, saying how far
      // it has got after each.
      const progress: UndoProgress[] = [];
      const reopened = new KartotekaDb(db.name, { onUndoImport: (p) => progress.push(p) });
      opened.push(reopened);
      await reopened.open();
      expect(progress).toEqual(
        k === 0 ? [] : Array.from({ length: k + 1 }, (_, undone) => ({ undone, total: k })),
      );
      expect(await stagedImportPending(reopened)).toBe(false);
      expect(await reopened.stagedImport.count()).toBe(0);
      expect(await content(reopened)).toEqual(before);

      // And the same import then goes in whole.
      const once = await archiveWith(h);
      const bundleId = newId();
      await applyCheckedBatch(once, { revisions: h.incoming, texts: h.texts }, { bundleId });
      await stagedImport(reopened, h, bundleId);
      expect(await content(reopened)).toEqual(await content(once));
    },
  );

  it("leaves the undo at open to the window: a worker's open waits until it is done", async () => {
    const h = histories();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fault = diskFullAfter(3);
    const db = await archiveWith(h, fault);
    const before = await content(db);
    fault.arm();
    await expect(stagedImport(db, h, newId())).rejects.toThrow('disk full');
    errors.mockRestore();
    db.close();

    // The search worker starts first: its open waits, and undoes nothing.
    const worker = new KartotekaDb(db.name, { unfinishedImport: 'wait' });
    opened.push(worker);
    let workerOpen = false;
    const workerOpening = worker.open().then(() => (workerOpen = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(workerOpen).toBe(false);

    // The window's open undoes it, saying so; then the worker's open goes on.
    const progress: UndoProgress[] = [];
    const window = new KartotekaDb(db.name, { onUndoImport: (p) => progress.push(p) });
    opened.push(window);
    await window.open();
    expect(progress.at(-1)).toEqual({ undone: 3, total: 3 });
    await workerOpening;
    expect(await content(worker)).toEqual(before);
  });

  it('undoes its committed steps at once when a later step fails', async () => {
    const h = histories();
    const db = await archiveWith(h);
    const before = await content(db);
    await expect(
      applyStaged(db, { startedAt: '', bundleId: null }, async (writer) => {
        await writeIncoming(db, writer, h);
        expect(await db.stagedImport.count()).toBe(STEPS + 1);
        expect(await content(db)).not.toEqual(before);
        throw new Error('the bundle could not be read again');
      }),
    ).rejects.toThrow('could not be read again');
    expect(await stagedImportPending(db)).toBe(false);
    expect(await content(db)).toEqual(before);
  });

  it('announces its changes once, when it commits, not step by step', async () => {
    const h = histories();
    const db = await archiveWith(h);
    const announced: string[][] = [];
    const listener = (parts: ObservabilitySet) => announced.push(Object.keys(parts));
    Dexie.on('storagemutated', listener);
    try {
      await applyStaged(db, { startedAt: '', bundleId: null }, async (writer) => {
        await writeIncoming(db, writer, h);
        // Five steps committed, none announced: a live query still shows the archive as it was.
        expect(announced.flat().filter((part) => part.includes('/tags/'))).toEqual([]);
      });
    } finally {
      Dexie.on.storagemutated.unsubscribe(listener);
    }
    expect(announced.at(-1)).toEqual(['all']);
  });

  it('keeps the search journal back until it commits', async () => {
    const h = histories();
    const db = await archiveWith(h);
    const journalBefore = (await readJournal(db)).entries.length;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let midway: Promise<number> | null = null;
    const importing = applyStaged(db, { startedAt: '', bundleId: null }, async (writer) => {
      await writer.step(async () => {
        await db.tags.put({ id: newId(), name: 'x', description: '', meta: undefined as never });
      });
      midway = readJournal(db).then((j) => j.entries.length);
      await gate;
    });
    await vi.waitFor(() => expect(midway).not.toBeNull());
    expect(await midway).toBe(0);
    release();
    await importing;
    expect((await readJournal(db)).entries.length).toBe(journalBefore + 1);
  });

  it('is not undone by an open elsewhere while it runs: the open waits for it', async () => {
    const h = histories();
    const db = await archiveWith(h);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let firstStep = false;
    const importing = applyStaged(db, { startedAt: '', bundleId: null }, async (writer) => {
      await writer.step(async (undo) => {
        undo.textsAdded([h.texts[0]?.sha256 ?? '']);
        await db.sourceTexts.bulkAdd(h.texts);
      });
      firstStep = true;
      await gate;
    });
    await vi.waitFor(() => expect(firstStep).toBe(true));
    const other = new KartotekaDb(db.name);
    opened.push(other);
    let otherOpen = false;
    const opening = other.open().then(() => (otherOpen = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(otherOpen).toBe(false);
    release();
    await importing;
    await opening;
    expect(await other.sourceTexts.count()).toBe(1);
  });

  it.each([
    ['commits', false],
    ['is undone', true],
  ])(
    'makes an edit made while it runs wait until it %s, and the edit is kept',
    async (_, fails) => {
      const h = histories();
      const db = await archiveWith(h);
      const tagId = h.local[0]?.recordId ?? '';
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let waiting = false;
      const importing = applyStaged(db, { startedAt: '', bundleId: null }, async (writer) => {
        // Held after the import has looked up the histories it merges and written its texts,
        // before the step that writes this tag's row.
        let steps = 0;
        const gated: BatchWriter = {
          step: async (work) => {
            if (steps++ === 1) {
              waiting = true;
              await gate;
            }
            return writer.step(work);
          },
        };
        await writeIncoming(db, gated, h);
        if (fails) throw new Error('the disk is full');
      });
      await vi.waitFor(() => expect(waiting).toBe(true));
      let renamed = false;
      const renaming = createTagRepository(db)
        .rename(tagId, 'Belarus (country)')
        .then(() => (renamed = true));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(renamed).toBe(false);
      release();
      if (fails) await expect(importing).rejects.toThrow('disk is full');
      else await importing;
      await renaming;
      // The rename was made on the tag as the import left it: one head, no conflict, and its
      // revision is in the history the row is made from.
      expect((await db.tags.get(tagId))?.name).toBe('Belarus (country)');
      const history = await revisionsOfRecord(db, 'tag', tagId);
      expect(history).toHaveLength(fails ? 2 : 3);
      const known = new Set([...h.local, ...h.incoming].map((r) => r.id));
      const last = history.find((r) => !known.has(r.id));
      const heads = history.filter((r) => !history.some((o) => o.parents.includes(r.id)));
      expect(heads.map((r) => r.id)).toEqual([last?.id]);
    },
  );
});
