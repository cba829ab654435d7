/**
 * Measures the search index in Node on the benchmark's data sets (same generator, seed and
 * full-text queries as `npm run bench`), without a browser: build time, heap after a forced
 * GC, save and restore times, the saved index's size, and query times per kind of query.
 *
 *   npm run measure:search -- [--sizes S,L] [--seed N] [--runs N] [--dump PREFIX]
 *
 * --dump PREFIX writes every full-text query's results (5 and 50 hits per group, as the search
 * box and the search page ask) to PREFIX-<size>.json: run it before and after a change to the
 * index and compare the files, to show that a speed-up leaves the results as they were.
 *
 * (node --expose-gc --import tsx scripts/measure-search.ts). Prints one JSON object; progress
 * on stderr. A measurement, not a test: nothing is asserted.
 */
import { writeFileSync } from 'node:fs';
import type { CaseFile } from '../shared/model/caseFile.js';
import type { Source } from '../shared/model/source.js';
import type { Tag } from '../shared/model/tag.js';
import { caseDoc, type IndexDoc, sourceDoc } from '../shared/search/indexDocs.js';
import { SearchIndex } from '../shared/search/SearchIndex.js';
import { benchQueries } from './bench/benchQueries.js';
import { DATASET_SIZES, generateDataset } from './bench/generateDataset.js';

type SizeName = keyof typeof DATASET_SIZES;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const sizes = (argValue('--sizes') ?? 'S,L').split(',') as SizeName[];
const seed = Number(argValue('--seed') ?? 20250911);
/** Each query is timed this many times; the figures use every timing. */
const runs = Number(argValue('--runs') ?? 3);
const dump = argValue('--dump');
/** --slowest N lists the N queries with the highest median time, to see where the tail is. */
const slow = Number(argValue('--slowest') ?? 0);

const gc = (globalThis as { gc?: () => void }).gc;
function heapMb(): number {
  gc?.();
  gc?.();
  return round(process.memoryUsage().heapUsed / 2 ** 20);
}
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const round = (n: number) => Math.round(n * 100) / 100;
const log = (s: string) => process.stderr.write(`${s}\n`);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0);
}

function figures(times: number[]): { p50_ms: number; p95_ms: number; max_ms: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50_ms: percentile(sorted, 0.5),
    p95_ms: percentile(sorted, 0.95),
    max_ms: round(sorted[sorted.length - 1] ?? 0),
  };
}

/** Bytes of a structured-cloneable value: typed arrays by length, the rest as JSON text. */
function sizeOf(value: unknown): number {
  let bytes = 0;
  const rest = JSON.stringify(value, (_key, v: unknown) => {
    if (ArrayBuffer.isView(v)) {
      bytes += v.byteLength;
      return null;
    }
    if (v instanceof ArrayBuffer) {
      bytes += v.byteLength;
      return null;
    }
    return v;
  });
  return bytes + Buffer.byteLength(rest);
}

async function measure(size: SizeName) {
  log(`${size}: generating…`);
  const dataset = await generateDataset(DATASET_SIZES[size], seed);
  const texts = new Map(dataset.texts.map((t) => [t.sha256, t.text]));
  const tags = new Map<string, string>();
  const docs: IndexDoc[] = [];
  const sourceTexts = new Map<string, string>();
  for (const r of dataset.revisions) {
    if (r.entity === 'tag') {
      const t = r.data as Tag;
      tags.set(t.id, t.name);
    }
  }
  for (const r of dataset.revisions) {
    if (r.entity === 'case') docs.push(caseDoc(r.data as CaseFile, tags));
    if (r.entity === 'source') {
      const s = r.data as Source;
      const text = texts.get(s.sha256) ?? '';
      sourceTexts.set(s.id, text);
      docs.push(sourceDoc(s, text));
    }
  }
  const queries = benchQueries({
    size,
    seed,
    people: dataset.people,
    phrases: dataset.phrases,
    revisions: dataset.revisions.length,
    texts: dataset.texts.length,
    bundleBytes: 0,
  }).fullText;
  dataset.revisions.length = 0;
  dataset.texts.length = 0;
  const heapBefore = heapMb();

  log(`${size}: building over ${docs.length} documents…`);
  const t = performance.now();
  const buildCpu = process.cpuUsage();
  let index = SearchIndex.create();
  index.addAll(docs);
  const buildMs = performance.now() - t;
  const buildCpuMs = cpuMs(process.cpuUsage(buildCpu));
  const heapAfterBuild = heapMb();

  // The saved form and its clone go out of scope before the restored index's heap is read.
  const restore = () => {
    let t0 = performance.now();
    const saved = index.toJSON();
    const toJsonMs = performance.now() - t0;
    const savedBytes = sizeOf(saved);
    t0 = performance.now();
    const cloned = structuredClone(saved);
    const cloneMs = performance.now() - t0;
    t0 = performance.now();
    const restored = SearchIndex.fromJSON(cloned);
    return { restored, toJsonMs, savedBytes, cloneMs, fromJsonMs: performance.now() - t0 };
  };
  const { restored, toJsonMs, savedBytes, cloneMs, fromJsonMs } = restore();
  index = restored;
  const heapRestored = heapMb();

  const textOf = (id: string) => sourceTexts.get(id);
  const time = (limit: number) => {
    const all: number[] = [];
    const cpuTimes: number[] = [];
    const cpu = process.cpuUsage();
    const byKind = new Map<string, number[]>();
    const byQuery = new Map<string, number[]>();
    const cpuByKind = new Map<string, number[]>();
    for (const q of queries.slice(0, 10)) index.search(q.query, { limit, textOf });
    for (let run = 0; run < runs; run++) {
      for (const q of queries) {
        const start = performance.now();
        const startCpu = process.cpuUsage();
        index.search(q.query, { limit, textOf });
        const queryCpu = cpuMs(process.cpuUsage(startCpu));
        const ms = performance.now() - start;
        all.push(ms);
        cpuTimes.push(queryCpu);
        byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), ms]);
        const named = `${q.kind}: ${q.query}`;
        byQuery.set(named, [...(byQuery.get(named) ?? []), ms]);
        cpuByKind.set(q.kind, [...(cpuByKind.get(q.kind) ?? []), queryCpu]);
      }
    }
    const slowest = [...byQuery]
      .map(
        ([q, v]) =>
          [q, round([...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0)] as const,
      )
      .sort((a, b) => b[1] - a[1])
      .slice(0, slow);
    return {
      ...figures(all),
      ...(slow > 0 ? { slowest: Object.fromEntries(slowest) } : {}),
      // On a loaded machine wall times include waiting for a core; CPU time does not (it
      // still grows with the other processes' share of the caches, and includes GC threads).
      cpu_mean_ms: round(cpuMs(process.cpuUsage(cpu)) / all.length),
      cpu: figures(cpuTimes),
      by_kind: Object.fromEntries([...byKind].map(([k, v]) => [k, figures(v)])),
      cpu_by_kind: Object.fromEntries([...cpuByKind].map(([k, v]) => [k, figures(v)])),
    };
  };
  if (dump !== undefined) {
    const results = queries.map((q) => ({
      query: q.query,
      page: index.search(q.query, { limit: 5, textOf }),
      resultsPage: index.search(q.query, { limit: 50, textOf }),
    }));
    writeFileSync(`${dump}-${size}.json`, `${JSON.stringify(results, null, 1)}\n`);
    log(`${size}: results written to ${dump}-${size}.json`);
  }
  log(`${size}: querying…`);
  const limit5 = time(5);
  const limit50 = time(50);
  return {
    documents: docs.length,
    'index.build_ms': round(buildMs),
    'index.build_cpu_ms': round(buildCpuMs),
    'index.to_json_ms': round(toJsonMs),
    'index.structured_clone_ms': round(cloneMs),
    'index.from_json_ms': round(fromJsonMs),
    'index.serialized_mb': round(savedBytes / 2 ** 20),
    'heap.docs_only_mb': heapBefore,
    'heap.after_build_mb': heapAfterBuild,
    'heap.index_mb': round(heapAfterBuild - heapBefore),
    'heap.after_restore_mb': heapRestored,
    'search.fulltext': limit5,
    'search.fulltext.results_page': limit50,
  };
}

const out: Record<string, unknown> = {
  meta: { seed, runs, node: process.version, gc: gc !== undefined },
};
for (const size of sizes) out[size] = await measure(size);
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
