import { openMentionSource } from '../../db/mentionSource';
import { MentionWorkerCore } from './MentionWorkerCore';
import type { MentionReply, MentionRequest } from './mentionWorkerProtocol';

/**
 * The mentions worker: restores the case names the search worker saves (or reads them all
 * when none are saved), follows the archive's change journal (so the window never
 * deserialises every case file), and finds mentions in the texts it is sent. The renderer's
 * TypeScript project has no WebWorker lib, so the little of the worker scope used here is
 * spelled out.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<MentionRequest>) => void) | null;
  postMessage(message: MentionReply): void;
}
const scope = self as unknown as WorkerScope;
let core: Promise<MentionWorkerCore> | null = null;

const failure = (requestId: number | null, error: unknown): MentionReply => ({
  type: 'failed',
  requestId,
  message: error instanceof Error ? error.message : String(error),
});

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'open') {
    if (core) return;
    core = openMentionSource(request.archive).then((source) => {
      const c = new MentionWorkerCore(source, (revision) =>
        scope.postMessage({ type: 'changed', revision }),
      );
      c.start().catch((error: unknown) => scope.postMessage(failure(null, error)));
      return c;
    });
    core.catch((error: unknown) => scope.postMessage(failure(null, error)));
    return;
  }
  if (!core) {
    scope.postMessage(failure(request.requestId, new Error('no archive is open')));
    return;
  }
  core
    .then((c) => c.find(request.text))
    .then(
      (mentions) => scope.postMessage({ type: 'found', requestId: request.requestId, mentions }),
      (error: unknown) => scope.postMessage(failure(request.requestId, error)),
    );
};
