import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encryptWithPassphrase } from '../../shared/bundle/ageEncryption.js';
import { BundleError } from '../../shared/bundle/bundleError.js';
import { readBundle } from '../../shared/bundle/readBundle.js';
import { TEST_OPTIONS, TEXT_SHA, smallArchive } from '../../shared/bundle/bundleTestkit.js';
import { sha256Hex } from '../../shared/bundle/sha256.js';
import { writeBundle } from '../../shared/bundle/writeBundle.js';
import type { CaseFile } from '../../shared/model/index.js';
import type { Archive } from '../db';
import { bundleStoreOf, resolveConflicts } from '../db';
import { dumpContent, dumpDatabase } from '../db/dumpDatabase';
import { databaseOf } from '../db/openArchive';
import { must, openTestArchive } from '../db/testArchive';
import type { ExportRequest } from './exportBundle';
import { exportBundle } from './exportBundle';
import { SHOWN_PER_GROUP, applyImport, prepareImport } from './importBundle';
import { exportOffThread, openImportOffThread } from './bundleWorkerClient';
import type { ApplyProgress } from '../db';

/**
 * Two researchers' archives exchanging bundles through the same code the dialogs use:
 * export (with the shared writer), read (with the shared reader), preview, apply, resolve.
 */

const deps = {
  producer: { app: 'Kartoteka', version: 'test' },
  // A low scrypt cost keeps the test quick; the app uses age's default.
  encrypt: (bytes: Uint8Array, passphrase: string) => encryptWithPassphrase(bytes, passphrase, 10),
};

const everything: ExportRequest = {
  scope: 'archive',
  caseIds: [],
  colleague: null,
  passphrase: null,
};

async function researcher(name: string): Promise<Archive> {
  const { archive } = await openTestArchive();
  await archive.settings.setActorName(name);
  return archive;
}

/** Exports, "saves" (records the export) and imports into `to`; returns the preview seen. */
async function send(from: Archive, to: Archive, request: ExportRequest, passphrase?: string) {
  const exported = await exportBundle(from, request, deps);
  await bundleStoreOf(from).recordExport(exported.record, exported.frontier);
  const bundle = await readBundle(exported.bytes, passphrase ? { passphrase } : {});
  const prepared = await prepareImport(to, bundle, exported.fileName);
  const applied = await applyImport(to, bundle, exported.fileName);
  return { exported, prepared, applied };
}

async function caseRow(archive: Archive, id: string) {
  return must(await databaseOf(archive).cases.get(id), 'case row');
}

async function statkevich(archive: Archive): Promise<string> {
  return archive.caseFiles.create({
    names: [{ text: 'Mikalai Statkevich', script: 'latin', kind: 'primary' }],
    occupation: 'politician',
  });
}

const setOccupation = (occupation: string) => (c: CaseFile) => ({ ...c, occupation });

describe('exchanging bundles between two archives', () => {
  it('keeps a concurrent edit as a conflict on both sides, merges the rest, and converges once resolved', async () => {
    const anna = await researcher('Anna');
    const boris = await researcher('Boris');
    const id = await statkevich(anna);
    await send(anna, boris, { ...everything, colleague: 'Boris' });
    expect((await caseRow(boris, id)).occupation).toBe('politician');

    await anna.caseFiles.update(id, setOccupation('opposition politician, former officer'));
    await boris.caseFiles.update(id, setOccupation('leader of the Social Democratic party'));
    await boris.caseFiles.update(id, (c) => ({
      ...c,
      names: [
        ...c.names,
        { id: crypto.randomUUID(), text: 'Statkievič', script: 'latin', kind: 'alias' },
      ],
    }));

    const toBoris = await send(anna, boris, {
      ...everything,
      scope: 'changes',
      colleague: 'Boris',
    });
    // Only Anna's edit travels: Boris already holds the rest.
    expect(toBoris.exported.record.revisions).toBe(1);
    expect(toBoris.prepared.preview.byEntity.case.conflicting.map((i) => i.label)).toEqual([
      'Mikalai Statkevich',
    ]);
    const toAnna = await send(boris, anna, { ...everything, scope: 'changes', colleague: 'Anna' });
    expect(toAnna.prepared.preview.totals.conflicting).toBe(1);

    for (const archive of [anna, boris]) {
      const row = await caseRow(archive, id);
      expect(row.meta.conflicts.map((c) => c.path)).toEqual(['occupation']);
      expect(row.meta.conflicts[0]?.versions.map((v) => v.by.name).sort()).toEqual([
        'Anna',
        'Boris',
      ]);
      expect(row.names.map((n) => n.text)).toContain('Statkievič');
    }

    const row = await caseRow(anna, id);
    const borisVersion = must(row.meta.conflicts[0]?.versions.find((v) => v.by.name === 'Boris'));
    await resolveConflicts(anna, {
      entity: 'case',
      recordId: id,
      heads: row.meta.heads,
      choices: [{ path: 'occupation', value: borisVersion.value }],
    });
    const resolved = await caseRow(anna, id);
    expect(resolved.meta.conflicts).toEqual([]);
    expect(resolved.occupation).toBe('leader of the Social Democratic party');

    const settle = await send(anna, boris, { ...everything, scope: 'changes', colleague: 'Boris' });
    // Boris's own edits travel back too (Anna cannot know which of her imports he made), but
    // only the resolution is new to him.
    expect(settle.prepared.preview.newRevisions).toBe(1);
    expect(settle.prepared.preview.byEntity.case.updated.map((i) => i.label)).toEqual([
      'Mikalai Statkevich',
    ]);
    const a = await caseRow(anna, id);
    const b = await caseRow(boris, id);
    expect(b).toEqual(a);
    expect(b.meta.conflicts).toEqual([]);
  });

  it('importing the same bundle twice changes nothing, and the preview says so', async () => {
    const anna = await researcher('Anna');
    const boris = await researcher('Boris');
    await statkevich(anna);
    const { exported } = await send(anna, boris, everything);
    const before = await dumpDatabase(databaseOf(boris));
    const bundle = await readBundle(exported.bytes);
    const again = await prepareImport(boris, bundle, exported.fileName);
    expect(again.preview.newRevisions).toBe(0);
    expect(again.preview.totals.added + again.preview.totals.updated).toBe(0);
    const applied = await applyImport(boris, bundle, exported.fileName);
    expect(applied.added).toBe(0);
    expect(await dumpDatabase(databaseOf(boris))).toEqual(before);
  });

  it('an encrypted bundle opens only with its passphrase', async () => {
    const anna = await researcher('Anna');
    const boris = await researcher('Boris');
    const id = await statkevich(anna);
    const exported = await exportBundle(
      anna,
      { ...everything, passphrase: 'wolf moon river' },
      deps,
    );
    expect(exported.fileName).toMatch(/\.kartoteka\.age$/);
    await expect(readBundle(exported.bytes, { passphrase: 'wrong' })).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    await expect(readBundle(exported.bytes)).rejects.toMatchObject({
      code: 'passphrase-required',
    });
    const bundle = await readBundle(exported.bytes, { passphrase: 'wolf moon river' });
    await prepareImport(boris, bundle, exported.fileName);
    await applyImport(boris, bundle, exported.fileName);
    expect((await caseRow(boris, id)).occupation).toBe('politician');
  });

  it('a damaged bundle is refused before anything is written', async () => {
    const anna = await researcher('Anna');
    const boris = await researcher('Boris');
    await statkevich(anna);
    const exported = await exportBundle(anna, everything, deps);
    const damaged = exported.bytes.slice(0, Math.floor(exported.bytes.length * 0.7));
    const before = await dumpDatabase(databaseOf(boris));
    await expect(readBundle(damaged)).rejects.toBeInstanceOf(BundleError);
    expect(await dumpDatabase(databaseOf(boris))).toEqual(before);
  });

  it('a bundle of chosen case files holds them with what they need, and is remembered per colleague', async () => {
    const anna = await researcher('Anna');
    const id = await statkevich(anna);
    await anna.caseFiles.create({
      names: [{ text: 'Ihar Losik', script: 'latin', kind: 'primary' }],
    });
    const exported = await exportBundle(
      anna,
      { ...everything, scope: 'cases', caseIds: [id], colleague: 'Boris' },
      deps,
    );
    expect(exported.manifest.scope).toMatchObject({
      kind: 'cases',
      caseIds: [id],
      recipient: 'Boris',
    });
    expect(exported.manifest.counts.records.case).toBe(1);
    const store = bundleStoreOf(anna);
    await store.recordExport(exported.record, exported.frontier);
    expect(await store.colleagues()).toEqual(['Boris']);
    // The same colleague typed differently is the same colleague.
    expect((await store.lastSentTo(' boris '))?.bundleId).toBe(exported.manifest.bundleId);
    // Losik was not sent, so a changes bundle for Boris carries him and nothing else.
    const changes = await exportBundle(
      anna,
      { ...everything, scope: 'changes', colleague: 'Boris' },
      deps,
    );
    expect(changes.manifest.counts.records.case).toBe(1);
    expect(changes.manifest.scope.since?.bundleId).toBe(exported.manifest.bundleId);
  });

  it('refuses to settle some conflicts silently, or choices made on versions no longer current', async () => {
    const anna = await researcher('Anna');
    const boris = await researcher('Boris');
    const id = await statkevich(anna);
    await send(anna, boris, everything);
    await anna.caseFiles.update(id, (c) => ({ ...c, occupation: 'a', birthDate: '1956' }));
    await boris.caseFiles.update(id, (c) => ({ ...c, occupation: 'b', birthDate: '1957' }));
    await send(boris, anna, everything);
    const row = await caseRow(anna, id);
    expect(row.meta.conflicts.map((c) => c.path)).toEqual(['birthDate', 'occupation']);
    await expect(
      resolveConflicts(anna, {
        entity: 'case',
        recordId: id,
        heads: row.meta.heads,
        choices: [{ path: 'occupation', value: 'a' }],
      }),
    ).rejects.toThrow(/no version chosen for birthDate/);
    await expect(
      resolveConflicts(anna, {
        entity: 'case',
        recordId: id,
        heads: [must(row.meta.heads[0])],
        choices: [
          { path: 'occupation', value: 'a' },
          { path: 'birthDate', value: '1956' },
        ],
      }),
    ).rejects.toThrow(/changed while you were choosing/);
    await expect(
      resolveConflicts(anna, {
        entity: 'case',
        recordId: id,
        heads: row.meta.heads,
        choices: [
          { path: 'occupation', value: 'a' },
          { path: 'birthDate', value: 'not a date' },
        ],
      }),
    ).rejects.toThrow(/birthDate/);
    expect(await caseRow(anna, id)).toEqual(row);
  });

  it('the worker tasks open the archive by name: export, then read and compare, then apply what they read', async () => {
    const anna = await researcher('Anna');
    const boris = await researcher('Boris');
    const id = await statkevich(anna);
    // No Worker in this environment: the task runs here, through the same code the worker runs.
    const steps = new Set<string>();
    const exported = await exportOffThread(anna.name, everything, deps.producer, (p) =>
      steps.add(p.step),
    );
    expect(steps).toEqual(new Set(['reading', 'writing']));
    expect(exported.manifest.counts.records.case).toBe(1);
    const reading: string[] = [];
    const session = await openImportOffThread(
      boris.name,
      { bytes: exported.bytes, name: exported.fileName },
      undefined,
      (p) => reading.push(p === 'comparing' ? p : p.phase),
    );
    expect(reading.at(-1)).toBe('comparing');
    const { prepared } = session;
    expect(prepared.preview.totals.added).toBe(1);
    // The window's side holds the preview and counts, not the records.
    expect(Object.keys(prepared)).not.toContain('bundle');
    expect(prepared).toMatchObject({ revisions: exported.record.revisions, texts: 0 });
    const seen: ApplyProgress[] = [];
    const applied = await session.apply((p) => seen.push(p));
    expect(applied.added).toBe(exported.record.revisions);
    expect(seen.at(-1)).toMatchObject({ phase: 'records', done: 1 });
    expect((await caseRow(boris, id)).occupation).toBe('politician');
    expect((await bundleStoreOf(boris).receivedBundles([exported.manifest.bundleId])).size).toBe(1);
    // Applied, the session has ended: its bundle is gone and cannot be applied twice.
    await expect(session.apply()).rejects.toThrow(/closed/);
  });

  it('sends the window a preview whose long lists are cut, with their exact sizes', async () => {
    const anna = await researcher('Anna');
    const boris = await researcher('Boris');
    for (let i = 0; i < SHOWN_PER_GROUP + 5; i++) {
      await anna.caseFiles.create({
        names: [{ text: `Person ${i}`, script: 'latin', kind: 'primary' }],
      });
    }
    const exported = await exportBundle(anna, everything, deps);
    const session = await openImportOffThread(
      boris.name,
      { bytes: exported.bytes, name: exported.fileName },
      undefined,
      () => undefined,
    );
    const { preview, groupSizes } = session.prepared;
    expect(groupSizes.case.added).toBe(SHOWN_PER_GROUP + 5);
    expect(preview.totals.added).toBe(SHOWN_PER_GROUP + 5);
    expect(preview.byEntity.case.added).toHaveLength(SHOWN_PER_GROUP);
    session.close();
    await expect(session.apply()).rejects.toThrow(/closed/);
    expect(await databaseOf(boris).cases.count()).toBe(0);
  });

  it('applies texts read again a chunk at a time, all or nothing with the revisions', async () => {
    const archive = smallArchive();
    const extra = Array.from({ length: 30 }, (_, i) => {
      const text = `Тэкст ${i} `.repeat(20_000 + i);
      return { sha256: sha256Hex(new TextEncoder().encode(text)), text };
    });
    const open = async (to: Archive, texts: typeof extra) => {
      const bytes = await writeBundle({ revisions: archive.revisions, texts }, TEST_OPTIONS);
      return openImportOffThread(to.name, { bytes, name: 'b.kartoteka' }, undefined, () => {});
    };
    // The source's own text left out: applying must fail, and leave none of the others.
    const boris = await researcher('Boris');
    const before = await dumpContent(databaseOf(boris));
    const broken = await open(boris, extra);
    expect(broken.prepared.missingTexts).toEqual([TEXT_SHA]);
    await expect(broken.apply()).rejects.toThrow(/neither in the archive nor in the batch/);
    expect(await dumpContent(databaseOf(boris))).toEqual(before);
    broken.close();

    const whole = await open(boris, [...archive.texts, ...extra]);
    expect(whole.prepared).toMatchObject({ texts: 31, missingTexts: [] });
    await whole.apply();
    const stored = await databaseOf(boris).sourceTexts.toArray();
    expect(new Map(stored.map((t) => [t.sha256, t.text]))).toEqual(
      new Map([...archive.texts, ...extra].map((t) => [t.sha256, t.text])),
    );
    // Again: nothing new, texts held are not written twice.
    const again = await open(boris, [...archive.texts, ...extra]);
    expect((await again.apply()).added).toBe(0);
    expect(await databaseOf(boris).sourceTexts.count()).toBe(31);
  });
});
