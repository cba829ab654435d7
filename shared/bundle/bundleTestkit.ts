import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { Revision } from '../model/revision.js';
import type { SourceText } from '../model/source.js';
import { ANNA, testAt, testCase, testId, testRevision } from '../merge/mergeTestkit.js';
import { sha256Hex } from './sha256.js';
import type { WriteBundleOptions } from './writeBundleOptions.js';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, emptyEntityCounts } from './bundleManifest.js';

/**
 * A small archive for bundle tests: a case file, a source with its text (Cyrillic, emoji and
 * a byte-order mark, to prove texts travel byte for byte), a citation, a note and a tag.
 */
const encoder = new TextEncoder();
export const TEXT = '\uFEFFМікалай Статкевіч вызвалены 🙂\nSecond line.\n';
export const TEXT_SHA = sha256Hex(encoder.encode(TEXT));
export const CASE_ID = testId(1, 0x100);
export const SOURCE_ID = testId(2, 0x100);
export const TAG_ID = testId(3, 0x100);

export function smallArchive(): { revisions: Revision[]; texts: SourceText[] } {
  const tag = testRevision({
    id: testId(10),
    recordId: TAG_ID,
    entity: 'tag',
    at: testAt(1),
    data: { id: TAG_ID, name: 'released', description: '' },
  });
  const kase = testRevision({
    id: testId(11),
    recordId: CASE_ID,
    at: testAt(2),
    data: testCase(CASE_ID, { tagIds: [TAG_ID] }),
  });
  const kase2 = testRevision({
    id: testId(12),
    recordId: CASE_ID,
    at: testAt(3),
    parents: [kase],
    data: testCase(CASE_ID, { tagIds: [TAG_ID], occupation: 'opposition politician' }),
  });
  const source = testRevision({
    id: testId(13),
    recordId: SOURCE_ID,
    entity: 'source',
    at: testAt(4),
    data: {
      id: SOURCE_ID,
      sha256: TEXT_SHA,
      title: 'Statkevich released',
      publisher: 'RFE/RL',
      author: '',
      date: '2025-09-11',
      url: 'https://www.rferl.org/a/example.html',
      format: 'txt',
      fileName: 'statkevich.txt',
      addedAt: testAt(4),
      length: [...TEXT].length,
    },
  });
  const citationId = testId(4, 0x100);
  const citation = testRevision({
    id: testId(14),
    recordId: citationId,
    entity: 'citation',
    at: testAt(5),
    data: {
      id: citationId,
      caseId: CASE_ID,
      fact: { field: 'occupation', entryId: null },
      sourceId: SOURCE_ID,
      selector: { exact: 'Статкевіч', prefix: 'Мікалай ', suffix: ' вызвалены', start: 9, end: 18 },
      sourceSha256: TEXT_SHA,
      note: '',
    },
  });
  const noteId = testId(5, 0x100);
  const note = testRevision({
    id: testId(15),
    recordId: noteId,
    entity: 'note',
    at: testAt(6),
    data: { id: noteId, caseId: CASE_ID, body: '# Note\nPrivate.', private: true },
  });
  return {
    revisions: [tag, kase, kase2, source, citation, note],
    texts: [{ sha256: TEXT_SHA, text: TEXT }],
  };
}

export const TEST_OPTIONS: WriteBundleOptions = {
  producer: { app: 'Kartoteka', version: '0.0.0-test' },
  exportedBy: ANNA,
  scope: { kind: 'archive' },
  bundleId: testId(1, 0xb),
  createdAt: testAt(10),
};

export type RawEntries = Record<string, string | Uint8Array>;

/**
 * A zip built by hand, the way someone writing their own exporter from docs/bundle-format.md
 * would: the given entries plus a manifest listing each with its SHA-256 and size. `edit`
 * changes the manifest before it is written, to make one defect at a time.
 */
export function craftBundle(
  entries: RawEntries,
  edit: (manifest: Record<string, unknown>) => void = () => undefined,
): Uint8Array {
  const files: Zippable = {};
  const listed: Array<{ name: string; sha256: string; size: number }> = [];
  const revisions = emptyEntityCounts();
  const records = emptyEntityCounts();
  const seenRecords = new Set<string>();
  let texts = 0;
  for (const [name, content] of Object.entries(entries)) {
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    files[name] = bytes;
    if (name.endsWith('/')) continue;
    listed.push({ name, sha256: sha256Hex(bytes), size: bytes.length });
    if (name.startsWith('texts/')) texts += 1;
    if (name.startsWith('records/') && typeof content === 'string') {
      for (const line of content.split('\n').filter(Boolean)) {
        try {
          const r = JSON.parse(line) as Revision;
          if (r.entity in revisions) {
            revisions[r.entity] += 1;
            if (!seenRecords.has(r.recordId)) records[r.entity] += 1;
            seenRecords.add(r.recordId);
          }
        } catch {
          // A deliberately broken line: counts do not matter then.
        }
      }
    }
  }
  const manifest: Record<string, unknown> = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    bundleId: testId(2, 0xb),
    producer: { app: 'hand-made exporter', version: '1' },
    createdAt: testAt(20),
    exportedBy: ANNA,
    scope: { kind: 'archive' },
    counts: { revisions, records, texts, attachments: 0 },
    entries: listed,
  };
  edit(manifest);
  files['manifest.json'] = encoder.encode(JSON.stringify(manifest));
  return zipSync(files, { level: 6 });
}

export function ndjson(revisions: readonly unknown[]): string {
  return revisions.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
