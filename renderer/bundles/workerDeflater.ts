import type { BundleDeflater } from '../../shared/bundle/bundleDeflater.js';
import { inThreadDeflater } from '../../shared/bundle/bundleDeflater.js';
import type { DeflateReply, DeflateRequest } from './deflateRequests';
import { DeflateRequests } from './deflateRequests';

interface Asked {
  request: DeflateRequest;
  resolve: (reply: DeflateReply) => void;
  reject: (error: unknown) => void;
}

/**
 * A BundleDeflater whose compression runs in a worker of its own (deflateWorker.ts), so a
 * bundle export uses both cores: the bundle worker reads, serializes and hashes while this one
 * deflates what it was given before. When no worker starts (a host without workers, a
 * blocked script), or it fails before its first answer, the work is done on the calling
 * thread instead; `close` ends the worker.
 */
export function workerDeflater(): BundleDeflater & { close(): void } {
  if (typeof Worker === 'undefined') return { ...inThreadDeflater(), close: () => undefined };
  let worker: Worker | null;
  try {
    worker = new Worker(new URL('./deflateWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return { ...inThreadDeflater(), close: () => undefined };
  }
  const waiting: Asked[] = [];
  let answered = false;
  let fallback: DeflateRequests | null = null;

  const fail = (error: unknown) => {
    for (const asked of waiting.splice(0)) asked.reject(error);
  };
  worker.onmessage = (event: MessageEvent<DeflateReply>) => {
    answered = true;
    const asked = waiting.shift();
    if (event.data.type === 'failed') asked?.reject(new Error(event.data.message));
    else asked?.resolve(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    if (answered) {
      fail(new Error(event.message || 'the deflate worker stopped'));
      return;
    }
    // It never started: everything asked so far (inputs are copied, not handed over) is done
    // here, in order, and so is everything asked from now on.
    fallback = new DeflateRequests();
    const replay = waiting.splice(0);
    for (const asked of replay) fallback.ask(asked.request).then(asked.resolve, asked.reject);
  };

  const ask = (request: DeflateRequest): Promise<DeflateReply> => {
    if (fallback) return fallback.ask(request);
    if (!worker) return Promise.reject(new Error('the deflate worker stopped'));
    const w = worker;
    return new Promise((resolve, reject) => {
      waiting.push({ request, resolve, reject });
      // The writer hands its arrays over (see BundleDeflater), so their buffers move to the
      // worker instead of being copied; until the worker has answered once they are copied,
      // as a worker that never starts leaves them to be deflated here.
      w.postMessage(request, answered ? buffersOf(request) : []);
    });
  };

  // Batches the worker is too far behind to take are deflated on the calling thread, hashed
  // with WebCrypto like the worker's (the writer's default hash is pure JavaScript).
  const local = new DeflateRequests();
  return {
    ...deflaterOver(ask),
    local: deflaterOver((request) => local.ask(request)),
    close() {
      worker?.terminate();
      worker = null;
      fail(new DOMException('the export was abandoned', 'AbortError'));
    },
  };
}

/** A BundleDeflater that asks `ask` (the worker, or DeflateRequests on this thread). */
function deflaterOver(ask: (request: DeflateRequest) => Promise<DeflateReply>): BundleDeflater {
  let streams = 0;
  return {
    entries: async (contents, level) => {
      const reply = await ask({ type: 'entries', contents, level });
      if (reply.type !== 'entries') throw new Error('the deflate worker answered out of turn');
      return reply.pieces;
    },
    stream: (level) => {
      const stream = ++streams;
      return async (piece, final) => {
        const reply = await ask({ type: 'stream', stream, piece, final, level });
        if (reply.type !== 'stream') throw new Error('the deflate worker answered out of turn');
        return reply.piece;
      };
    },
  };
}

/** The buffers under a request's bytes, each once. */
function buffersOf(request: DeflateRequest): ArrayBuffer[] {
  const views = request.type === 'entries' ? request.contents : [request.piece];
  const buffers = new Set<ArrayBuffer>();
  for (const view of views) if (view.buffer instanceof ArrayBuffer) buffers.add(view.buffer);
  return [...buffers];
}
