import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTITY_SCHEMAS, newId } from '../../shared/model/index.js';
import type { Actor } from '../../shared/model/index.js';
import { anchorSelector } from '../../shared/anchoring/anchorSelector.js';
import { KartotekaDb } from './kartotekaDb.js';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './schemaVersions.js';
import { sha256Hex } from './sha256Hex.js';
import { createArchive } from './openArchive.js';
import { citationsForCase } from './citationQueries.js';
import { mutationMiddleware, quote, must } from './testArchive.js';
import { revisionsOfRecord } from './recordStore.js';
import { allRevisions, originsOfRevisions } from './revisionPackStore.js';

/** A prototype (version 1) archive, written with a v1-only schema definition. */
const actor: Actor = { id: newId(), name: 'Prototype user' };
const meta = (at: string) => ({
  createdAt: at,
  createdBy: actor,
  updatedAt: at,
  updatedBy: actor,
  heads: [newId()],
  conflicts: [],
});
const OLD_TEXT = 'Статкевіч быў вызвалены 🙂 у верасні.';
const NEW_TEXT = 'Статкевіч быў вызвалены 🙂 у верасні 2025 года, але застаўся на мяжы.';
const OTHER_TEXT = 'Ihar Losik was released.';

function v1Fixture() {
  const sourceId = newId();
  const otherSourceId = newId();
  const twinSourceId = newId();
  const caseId = newId();
  const citationId = newId();
  const annotationId = newId();
  const baseSource = {
    title: 'Nasha Niva',
    publisher: 'NN',
    author: '',
    date: '2025-09',
    url: '',
    format: 'txt',
    fileName: 'a.txt',
    length: 0,
  };
  const source = {
    ...baseSource,
    id: sourceId,
    text: NEW_TEXT,
    addedAt: '2025-09-12T10:00:00.000Z',
  };
  const other = {
    ...baseSource,
    id: otherSourceId,
    text: OTHER_TEXT,
    fileName: 'b.txt',
    addedAt: '2025-09-12T11:00:00.000Z',
  };
  // The same text imported twice in the prototype (it did not deduplicate): stored once in v2.
  const twin = {
    ...baseSource,
    id: twinSourceId,
    text: OTHER_TEXT,
    fileName: 'b-copy.txt',
    addedAt: '2025-09-12T12:00:00.000Z',
  };
  const caseFile = {
    id: caseId,
    names: [{ id: newId(), text: 'Mikalai Statkevich', script: 'latin', kind: 'primary' }],
    birthDate: '1956',
    gender: 'male',
    occupation: '',
    affiliations: [],
    statusHistory: [],
    events: [],
    legalCases: [],
    detention: [],
    tagIds: [],
    photoSha256: null,
  };
  const citation = {
    id: citationId,
    caseId,
    fact: { field: 'birthDate', entryId: null },
    sourceId,
    selector: quote(NEW_TEXT, 'застаўся на мяжы'),
    note: '',
  };
  const annotation = {
    id: annotationId,
    sourceId,
    selector: quote(NEW_TEXT, 'Статкевіч'),
    note: 'who',
  };
  const rev = (
    entity: string,
    recordId: string,
    at: string,
    data: unknown,
    parents: string[] = [],
  ) => ({
    id: newId(),
    entity,
    recordId,
    parents,
    at,
    by: actor,
    deleted: false,
    data,
  });
  const firstSourceRev = rev('source', sourceId, '2025-09-12T10:00:00.000Z', {
    ...source,
    text: OLD_TEXT,
  });
  const revisions = [
    firstSourceRev,
    rev('source', sourceId, '2025-09-13T10:00:00.000Z', source, [firstSourceRev.id]),
    rev('source', otherSourceId, '2025-09-12T11:00:00.000Z', other),
    rev('source', twinSourceId, '2025-09-12T12:00:00.000Z', twin),
    rev('case', caseId, '2025-09-12T10:30:00.000Z', caseFile),
    rev('citation', citationId, '2025-09-13T11:00:00.000Z', citation),
    rev('annotation', annotationId, '2025-09-13T11:00:00.000Z', annotation),
  ];
  return {
    ids: { sourceId, otherSourceId, twinSourceId, caseId, citationId, annotationId },
    rows: {
      cases: [{ ...caseFile, meta: meta('2025-09-12T10:30:00.000Z') }],
      sources: [source, other, twin].map((s) => ({ ...s, meta: meta(s.addedAt) })),
      citations: [{ ...citation, meta: meta('2025-09-13T11:00:00.000Z') }],
      annotations: [{ ...annotation, meta: meta('2025-09-13T11:00:00.000Z') }],
      notes: [
        {
          id: newId(),
          caseId,
          body: '**Prototype** note',
          private: true,
          meta: meta('2025-09-13T12:00:00.000Z'),
        },
      ],
      tags: [
        { id: newId(), name: 'Belarus', description: '', meta: meta('2025-09-12T09:00:00.000Z') },
      ],
      revisions,
      settings: [{ key: 'actor', value: actor }],
    },
  };
}

async function createV1Archive(name: string, rows: Record<string, unknown[]>): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await v1.table(table).bulkAdd(list);
  });
  v1.close();
}

/** The indexes IndexedDB itself holds for a table (not what Dexie was told). */
function indexNames(idb: IDBDatabase, table: string): string[] {
  return Array.from(idb.transaction(table, 'readonly').objectStore(table).indexNames).sort();
}

const opened: KartotekaDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('KartotekaDb', () => {
  it('creates an empty version 4 archive with every table', async () => {
    const db = new KartotekaDb(`fresh-${newId()}`);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'annotations',
        'cases',
        'citations',
        'notes',
        'revisionPacks',
        'searchIndex',
        'settings',
        'sourceTexts',
        'sources',
        'stagedImport',
        'tags',
      ].sort(),
    );
  });

  it('upgrades a version 3 archive: citations and annotations keep their rows and lose only the sourceSha256 index', async () => {
    const name = `v3-${newId()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const citation = { id: 'c1', caseId: 'k1', sourceId: 's1', sourceSha256: 'ab'.repeat(32) };
    const annotation = { id: 'a1', sourceId: 's1', sourceSha256: 'ab'.repeat(32) };
    await v3.table('citations').add(citation);
    await v3.table('annotations').add(annotation);
    const before = indexNames(v3.backendDB(), 'citations');
    v3.close();
    expect(before).toEqual(['caseId', 'sourceId', 'sourceSha256']);

    const db = new KartotekaDb(name);
    opened.push(db);
    await db.open();
    expect(indexNames(db.backendDB(), 'citations')).toEqual(['caseId', 'sourceId']);
    expect(indexNames(db.backendDB(), 'annotations')).toEqual(['sourceId']);
    expect(await db.table('citations').get('c1')).toEqual(citation);
    expect(await db.table('annotations').get('a1')).toEqual(annotation);
    expect(await db.citations.where('caseId').equals('k1').count()).toBe(1);
  });

  it('upgrades a prototype (v1) archive: texts move to sourceTexts by SHA-256 and nothing is lost', async () => {
    const name = `v1-${newId()}`;
    const { ids, rows } = v1Fixture();
    await createV1Archive(name, rows);

    const db = new KartotekaDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(4);

    // Texts: the current ones, the one only an old revision held, and the twin stored once.
    const texts = await db.sourceTexts.toArray();
    expect(new Map(texts.map((t) => [t.sha256, t.text]))).toEqual(
      new Map([NEW_TEXT, OLD_TEXT, OTHER_TEXT].map((t) => [sha256Hex(t), t])),
    );

    // Sources: same ids and metadata, text replaced by its hash, length in code points.
    const sources = await db.sources.toArray();
    expect(sources).toHaveLength(3);
    for (const s of sources) {
      expect(s).not.toHaveProperty('text');
      expect(() => ENTITY_SCHEMAS.source.parse(s)).not.toThrow();
    }
    const main = await db.sources.get(ids.sourceId);
    expect(main?.sha256).toBe(sha256Hex(NEW_TEXT));
    expect(main?.length).toBe(Array.from(NEW_TEXT).length);
    expect((await db.sources.get(ids.twinSourceId))?.sha256).toBe(
      (await db.sources.get(ids.otherSourceId))?.sha256,
    );
    expect(await db.sources.where('sha256').equals(sha256Hex(OTHER_TEXT)).count()).toBe(2);

    // Citations and annotations now say which text version they were made on.
    const citation = await db.citations.get(ids.citationId);
    expect(citation?.sourceSha256).toBe(sha256Hex(NEW_TEXT));
    expect(() => ENTITY_SCHEMAS.citation.parse(citation)).not.toThrow();
    expect((await db.annotations.get(ids.annotationId))?.sourceSha256).toBe(sha256Hex(NEW_TEXT));

    // Every revision kept (same ids), in the v2 shape, each with its origin "made here".
    const revisions = await allRevisions(db);
    expect(revisions.map((r) => r.id).sort()).toEqual(
      rows.revisions.map((r) => (r as { id: string }).id).sort(),
    );
    for (const r of revisions) expect(() => ENTITY_SCHEMAS[r.entity].parse(r.data)).not.toThrow();
    const oldVersion = revisions.find((r) => r.recordId === ids.sourceId && r.parents.length === 0);
    expect((oldVersion?.data as { sha256: string }).sha256).toBe(sha256Hex(OLD_TEXT));
    const origins = await originsOfRevisions(
      db,
      revisions.map((r) => r.id),
    );
    expect(origins.size).toBe(revisions.length);
    expect([...origins.values()].every((o) => o.bundleId === null)).toBe(true);
    expect(await revisionsOfRecord(db, 'source', ids.sourceId)).toHaveLength(2);

    // The other tables came through untouched.
    expect(await db.cases.toArray()).toEqual(rows.cases);
    expect(await db.notes.toArray()).toEqual(rows.notes);
    expect(await db.tags.toArray()).toEqual(rows.tags);
    expect(await db.settings.toArray()).toEqual(rows.settings);

    // And the archive works: the citation anchors in the moved text.
    const views = await citationsForCase(db, ids.caseId);
    expect(views[0]?.anchor.status).toBe('anchored');
    expect(anchorSelector(NEW_TEXT, must(views[0]).selector).status).toBe('anchored');
  });

  it('an upgraded archive accepts new writes on top of the prototype history', async () => {
    const name = `v1-${newId()}`;
    const { ids, rows } = v1Fixture();
    await createV1Archive(name, rows);
    const db = new KartotekaDb(name);
    opened.push(db);
    const archive = createArchive(db);
    await archive.sources.updateMetadata(ids.sourceId, { title: 'Renamed' });
    const revisions = await archive.archive.revisionsOf('source', ids.sourceId);
    expect(revisions).toHaveLength(3);
    expect(revisions[2]?.parents).toEqual([revisions[1]?.id]);
    expect(revisions[2]?.by).toEqual(actor);
  });

  it('runs every read and write through installed DBCore middleware (the encryption hook point)', async () => {
    const seen: string[] = [];
    const db = new KartotekaDb(`mw-${newId()}`, {
      middleware: [
        mutationMiddleware('observer', (tableName, req, next) => {
          seen.push(`${tableName}:${req.type}`);
          return next(req);
        }),
      ],
    });
    opened.push(db);
    await createArchive(db).tags.create('Belarus');
    expect(seen).toEqual(expect.arrayContaining(['settings:put', 'revisionPacks:add', 'tags:put']));
  });
});
