import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EntityKind } from '../../shared/model/entities.js';
import { ENTITY_SCHEMAS } from '../../shared/model/entities.js';
import type { Id, IsoDateTime } from '../../shared/model/ids.js';
import type { Actor, Revision } from '../../shared/model/revision.js';
import { SampleArchive } from '../../shared/model/sampleArchive.js';
import type { Source, SourceText } from '../../shared/model/source.js';
import type { Tag } from '../../shared/model/tag.js';
import type { CitableSource } from './compileCase.js';
import { compileCase } from './compileCase.js';
import { readSeedSource } from './readSeedSource.js';
import { SAMPLE_CASES } from './sampleCases.js';
import { sampleId } from './sampleId.js';
import { SAMPLE_TAGS, type TagKey } from './sampleTags.js';
import { SEED_SOURCES, type SeedKey } from './seedSources.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The seeds live beside the repository, not in it: the generated JSON is what ships. */
export const SEEDS_DIR = path.resolve(REPO_ROOT, '../shared/seeds');
export const SAMPLE_ARCHIVE_PATH = path.join(REPO_ROOT, 'assets/sample/sample-archive.json');

/**
 * One fixed moment and author for every revision. Real times would make each generation
 * differ; a time after the newest dated seed (6 March 2026) keeps "added" after "published".
 */
export const SAMPLE_TIME: IsoDateTime = '2026-04-01T00:00:00.000Z';
export const SAMPLE_ACTOR: Actor = { id: sampleId('actor'), name: 'Kartoteka sample' };

/**
 * Builds the sample archive from the seed articles and the hand-written case files: source
 * texts, then one revision per record (tags, sources, case files, citations, notes). Every
 * record is checked against its schema and every quote must anchor exactly, so a mistake
 * stops the build instead of shipping.
 */
export async function buildSampleArchive(seedsDir: string = SEEDS_DIR): Promise<SampleArchive> {
  const texts: SourceText[] = [];
  const sources: Source[] = [];
  const citable = new Map<SeedKey, CitableSource>();
  for (const [key, spec] of Object.entries(SEED_SOURCES) as [
    SeedKey,
    (typeof SEED_SOURCES)[SeedKey],
  ][]) {
    const seed = await readSeedSource(path.join(seedsDir, spec.fileName));
    const id = sampleId(`source:${key}`);
    texts.push({ sha256: seed.sha256, text: seed.text });
    // Read as the app reads the file; then what we know better. The URL stays empty: an
    // importer's guess at it would be a reference nobody checked.
    const metadata = { ...seed.metadata, ...spec.override, url: '' };
    sources.push({
      id,
      sha256: seed.sha256,
      title: metadata.title,
      publisher: metadata.publisher,
      author: metadata.author,
      date: metadata.date,
      url: metadata.url,
      format: seed.format,
      fileName: spec.fileName,
      addedAt: SAMPLE_TIME,
      length: seed.length,
    });
    citable.set(key, { id, sha256: seed.sha256, text: seed.text, fileName: spec.fileName });
  }

  const tagIds = Object.fromEntries(
    Object.keys(SAMPLE_TAGS).map((k) => [k, sampleId(`tag:${k}`)]),
  ) as Record<TagKey, Id>;
  const tags: Tag[] = (Object.keys(SAMPLE_TAGS) as TagKey[]).map((k) => ({
    id: tagIds[k],
    ...SAMPLE_TAGS[k],
  }));

  const compiled = SAMPLE_CASES.map((spec) => compileCase(spec, { sources: citable, tagIds }));

  const revisions: Revision[] = [
    ...tags.map((t) => revisionOf('tag', t)),
    ...sources.map((s) => revisionOf('source', s)),
    ...compiled.map((c) => revisionOf('case', c.caseFile)),
    ...compiled.flatMap((c) => c.citations.map((x) => revisionOf('citation', x))),
    ...compiled.flatMap((c) => c.notes.map((n) => revisionOf('note', n))),
  ];
  assertUniqueIds(revisions);
  return SampleArchive.parse({ format: 'kartoteka-sample', version: 1, texts, revisions });
}

/** The first and only revision of a record, its data checked against the entity's schema. */
function revisionOf(entity: EntityKind, record: { id: Id }): Revision {
  const parsed = ENTITY_SCHEMAS[entity].safeParse(record);
  if (!parsed.success) {
    throw new Error(`sample ${entity} ${record.id} is invalid: ${parsed.error.message}`);
  }
  return {
    id: sampleId(`revision:${entity}:${record.id}`),
    entity,
    recordId: record.id,
    parents: [],
    at: SAMPLE_TIME,
    by: SAMPLE_ACTOR,
    deleted: false,
    // The parsed value: fields in schema order and nothing the schema does not know.
    data: parsed.data,
  };
}

/** Two records with one id would silently overwrite each other when the sample is opened. */
function assertUniqueIds(revisions: readonly Revision[]): void {
  const seen = new Set<string>([SAMPLE_ACTOR.id]);
  for (const id of revisions.flatMap((r) => [r.id, r.recordId])) {
    if (seen.has(id)) throw new Error(`sample id used twice: ${id}`);
    seen.add(id);
  }
}

/** The file's exact bytes: stable key order and indentation, so it diffs well and never drifts. */
export function serializeSampleArchive(archive: SampleArchive): string {
  return `${JSON.stringify(archive, null, 2)}\n`;
}

async function main(): Promise<void> {
  const archive = await buildSampleArchive();
  const json = serializeSampleArchive(archive);
  await writeFile(SAMPLE_ARCHIVE_PATH, json, 'utf8');
  const cases = archive.revisions.filter((r) => r.entity === 'case').length;
  const citations = archive.revisions.filter((r) => r.entity === 'citation').length;
  console.log(
    `wrote ${path.relative(REPO_ROOT, SAMPLE_ARCHIVE_PATH)}: ${archive.texts.length} sources, ${cases} case files, ${citations} citations, ${Buffer.byteLength(json)} bytes`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
