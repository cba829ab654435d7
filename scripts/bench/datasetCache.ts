import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_FORMAT_VERSION } from '../../shared/bundle/bundleManifest.js';
import type { Sha256Factory } from '../../shared/bundle/sha256.js';
import { writeBundleStream } from '../../shared/bundle/writeBundleStream.js';
import type { SizeName } from './benchOptions.js';
import type { DossierFixture } from './dossierFixture.js';
import { dossierFixtureOf } from './dossierFixture.js';
import type { GeneratedPerson } from './generateDataset.js';
import { DATASET_SIZES, generateDataset } from './generateDataset.js';
import { progress } from './progress.js';

/** What the browser and the dossier benchmark need besides the bundle. */
export interface DatasetMeta {
  size: SizeName;
  seed: number;
  people: GeneratedPerson[];
  phrases: { query: string; sourceId: string }[];
  revisions: number;
  texts: number;
  bundleBytes: number;
}

export interface CachedDataset {
  dir: string;
  bundleFile: string;
  meta: DatasetMeta;
  dossier: () => Promise<DossierFixture>;
}

const BUNDLE_FILE = 'dataset.kartoteka';
const META_FILE = 'meta.json';
const DOSSIER_FILE = 'dossier.json';

/** Files whose change makes a cached data set stale. */
const GENERATOR_FILES = ['generateDataset.ts', 'benchNames.ts', 'seededRandom.ts'];
/** Bump when what is cached changes (the files below, the dossier fixture's choice). */
const CACHE_LAYOUT = 1;

/** Node's native SHA-256 for writing the cache; the browser side uses the app's default. */
const nodeSha256: Sha256Factory = () => {
  const hash = createHash('sha256');
  return {
    update: (bytes) => void hash.update(bytes),
    digestHex: () => hash.digest('hex'),
  };
};

async function generatorFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const f of GENERATOR_FILES) hash.update(await readFile(join(import.meta.dirname, f)));
  hash.update(`bundle format ${BUNDLE_FORMAT_VERSION}, cache layout ${CACHE_LAYOUT}`);
  return hash.digest('hex').slice(0, 12);
}

function sinkTo(path: string) {
  const out = createWriteStream(path);
  return {
    write: (chunk: Uint8Array) =>
      new Promise<void>((resolve, reject) =>
        out.write(chunk, (error) => (error ? reject(error) : resolve())),
      ),
    close: () => new Promise<void>((resolve) => out.end(resolve)),
  };
}

async function generateInto(dir: string, size: SizeName, seed: number): Promise<void> {
  const started = performance.now();
  progress(`${size}: generating the data set (seed ${seed})…`);
  const dataset = await generateDataset(DATASET_SIZES[size], seed);
  progress(
    `${size}: ${dataset.revisions.length} revisions, ${dataset.texts.length} texts in ${Math.round(performance.now() - started)} ms; writing the bundle…`,
  );
  const sink = sinkTo(join(dir, BUNDLE_FILE));
  let bundleBytes = 0;
  // The records go through the project's own bundle writer, with the app's default options
  // (deflate level 6), so what the page imports is what an exporting colleague would send.
  await writeBundleStream(
    { revisions: dataset.revisions, texts: dataset.texts },
    {
      producer: { app: 'Kartoteka benchmark', version: '1' },
      exportedBy: { id: '00000000-0000-4000-8000-00000000be0c', name: 'Benchmark' },
      scope: { kind: 'archive' },
      bundleId: '00000000-0000-4000-8000-00000000b0d1',
      createdAt: '2025-06-01T00:00:00.000Z',
      sha256: nodeSha256,
    },
    async (chunk) => {
      bundleBytes += chunk.length;
      await sink.write(chunk);
    },
  );
  await sink.close();
  const meta: DatasetMeta = {
    size,
    seed,
    people: dataset.people,
    phrases: dataset.phrases,
    revisions: dataset.revisions.length,
    texts: dataset.texts.length,
    bundleBytes,
  };
  await writeFile(join(dir, META_FILE), JSON.stringify(meta));
  await writeFile(join(dir, DOSSIER_FILE), JSON.stringify(dossierFixtureOf(dataset)));
  progress(`${size}: data set cached in ${Math.round((performance.now() - started) / 1000)} s`);
}

/**
 * The data set of this size and seed, generated once and cached under
 * $TMPDIR/kartoteka-bench/<size>-<seed>-<generator fingerprint>/ as a bundle written with the
 * project's writeBundleStream, plus the people and phrases the queries are made from.
 */
export async function cachedDataset(
  size: SizeName,
  seed: number,
  fresh: boolean,
): Promise<CachedDataset> {
  const root = join(tmpdir(), 'kartoteka-bench');
  const dir = join(root, `${size}-${seed}-${await generatorFingerprint()}`);
  if (fresh) await rm(dir, { recursive: true, force: true });
  if (!existsSync(join(dir, META_FILE))) {
    // Written beside and renamed when complete, so an interrupted run leaves no half cache.
    const partial = `${dir}.partial-${process.pid}`;
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true });
    await generateInto(partial, size, seed);
    await rm(dir, { recursive: true, force: true });
    await rename(partial, dir);
    // Data sets of an older generator are stale for good: L's is 80 MB, so drop them.
    for (const name of await readdir(root)) {
      if (
        name.startsWith(`${size}-${seed}-`) &&
        join(root, name) !== dir &&
        !name.includes('.partial-')
      )
        await rm(join(root, name), { recursive: true, force: true });
    }
  } else {
    progress(`${size}: using the cached data set in ${dir}`);
  }
  const meta = JSON.parse(await readFile(join(dir, META_FILE), 'utf8')) as DatasetMeta;
  return {
    dir,
    bundleFile: join(dir, BUNDLE_FILE),
    meta,
    dossier: async () =>
      JSON.parse(await readFile(join(dir, DOSSIER_FILE), 'utf8')) as DossierFixture,
  };
}
