import type { DeflateReply, DeflateRequest } from './deflateRequests';
import { DeflateRequests } from './deflateRequests';

/**
 * The deflate worker: compresses a bundle export's entries for the bundle worker (see
 * workerDeflater.ts), answering each request in the order it came; the compressed bytes are
 * handed over, not copied.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<DeflateRequest>) => void) | null;
  postMessage(message: DeflateReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
const requests = new DeflateRequests();
// One after the other: a stream's pieces must be deflated in order.
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(async () => {
    try {
      const reply = await requests.ask(request);
      scope.postMessage(reply, transferable(reply));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ type: 'failed', message });
    }
  });
};

/** The buffers the reply's bytes own whole (a view into a larger buffer is copied instead). */
function transferable(reply: DeflateReply): ArrayBuffer[] {
  const pieces =
    reply.type === 'entries' ? reply.pieces : reply.type === 'stream' ? [reply.piece] : [];
  const buffers = new Set<ArrayBuffer>();
  for (const { data } of pieces)
    if (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength)
      buffers.add(data.buffer);
  return [...buffers];
}
