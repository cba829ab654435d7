import { watchCaseNames } from '../../db/watchCaseNames';
import { MentionIndex } from './MentionIndex';
import type { MentionReply, MentionRequest } from './mentionWorkerProtocol';

/**
 * The mentions worker: reads and watches the archive's case names itself (so the window
 * never deserialises every case file), keeps the name index up to date change by change,
 * and finds mentions in the texts it is sent. The renderer's TypeScript project has no
 * WebWorker lib, so the little of the worker scope used here is spelled out.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<MentionRequest>) => void) | null;
  postMessage(message: MentionReply): void;
}
const scope = self as unknown as WorkerScope;
const index = new MentionIndex();
let markReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  markReady = resolve;
});

const failure = (requestId: number | null, error: unknown): MentionReply => ({
  type: 'failed',
  requestId,
  message: error instanceof Error ? error.message : String(error),
});

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'open') {
    watchCaseNames(
      request.archive,
      (cases) => {
        if (index.update(cases)) scope.postMessage({ type: 'changed', revision: index.revision });
        markReady();
      },
      (error) => scope.postMessage(failure(null, error)),
    );
    return;
  }
  void ready.then(() => {
    try {
      scope.postMessage({
        type: 'found',
        requestId: request.requestId,
        mentions: index.find(request.text),
      });
    } catch (error) {
      scope.postMessage(failure(request.requestId, error));
    }
  });
};
