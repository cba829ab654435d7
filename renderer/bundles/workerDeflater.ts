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
  let streams = 0;

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
      w.postMessage(request);
    });
  };

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
    close() {
      worker?.terminate();
      worker = null;
      fail(new DOMException('the export was abandoned', 'AbortError'));
    },
  };
}
