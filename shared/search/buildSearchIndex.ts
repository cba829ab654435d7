import type { IndexDoc } from './indexDocs.js';
import { SearchIndex } from './SearchIndex.js';

export interface BuildProgress {
  /** Documents indexed so far. */
  done: number;
  /** Documents to index, when the caller said. */
  total: number | null;
}

export interface BuildOptions {
  /** Documents indexed between two progress reports and pauses. Default 500. */
  chunkSize?: number;
  /** Called after every chunk and at the end. */
  onProgress?: (progress: BuildProgress) => void;
  /** How many documents there will be, for the progress report. */
  total?: number;
  /**
   * Awaited between chunks, so that the worker can answer messages (a search, a cancel) while
   * it builds. Default: a macrotask turn (setTimeout 0), which lets queued messages in.
   */
  pause?: () => Promise<void>;
  /** Add to this index instead of a new one (a large import into an existing archive). */
  into?: SearchIndex;
  /** Checked between chunks; when it returns true the build stops and what is built so far is returned. */
  cancelled?: () => boolean;
}

/**
 * Builds (or extends) a search index in chunks. Pure and environment-neutral: meant to run in
 * a Web Worker, with documents streamed out of IndexedDB as an async iterable.
 */
export async function buildSearchIndex(
  docs: Iterable<IndexDoc> | AsyncIterable<IndexDoc>,
  options: BuildOptions = {},
): Promise<SearchIndex> {
  const index = options.into ?? SearchIndex.create();
  const chunkSize = Math.max(1, options.chunkSize ?? 500);
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const total = options.total ?? null;
  let done = 0;
  let chunk: IndexDoc[] = [];
  const flush = async () => {
    index.addAll(chunk);
    done += chunk.length;
    chunk = [];
    options.onProgress?.({ done, total });
    await pause();
  };
  for await (const doc of docs) {
    chunk.push(doc);
    if (chunk.length >= chunkSize) {
      await flush();
      if (options.cancelled?.()) return index;
    }
  }
  if (chunk.length > 0 || done === 0) await flush();
  return index;
}
