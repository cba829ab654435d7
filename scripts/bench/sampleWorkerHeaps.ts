import type { CDPSession } from 'playwright-core';

interface TargetMessage {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

/**
 * Samples the V8 heap of every worker the page starts or runs while it is on (the bundle
 * worker of an import or export, the search worker), every `everyMs`, and returns, when
 * stopped, the peak seen per worker script (named by its file, hash left out). Workers are
 * attached unflattened over the page's protocol session (Playwright's CDPSession cannot
 * address flattened child sessions) and asked through Target.sendMessageToTarget. Like the
 * page's sampler, a peak inside one long synchronous task is seen as far as it is still held
 * when the worker next answers; a worker that is busy answers late, not never.
 */
export async function sampleWorkerHeaps(
  cdp: CDPSession,
  everyMs = 250,
): Promise<() => Promise<Map<string, number>>> {
  const workers = new Map<string, string>();
  const peaks = new Map<string, number>();
  const waiting = new Map<number, (used: number) => void>();
  let nextId = 1_000_000;
  const onAttached = (event: { sessionId: string; targetInfo: { type: string; url: string } }) => {
    if (event.targetInfo.type !== 'worker') return;
    const file = event.targetInfo.url.split('/').pop() ?? event.targetInfo.url;
    workers.set(event.sessionId, file.replace(/-[\w-]{8}\.js$/, ''));
  };
  const onDetached = (event: { sessionId: string }) => workers.delete(event.sessionId);
  const onMessage = (event: { sessionId: string; message: string }) => {
    const message = JSON.parse(event.message) as TargetMessage;
    const answer = message.id === undefined ? undefined : waiting.get(message.id);
    if (!answer || message.id === undefined) return;
    waiting.delete(message.id);
    answer((message.result as { usedSize?: number } | undefined)?.usedSize ?? 0);
  };
  cdp.on('Target.attachedToTarget', onAttached);
  cdp.on('Target.detachedFromTarget', onDetached);
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const busy = new Set<string>();
  const timer = setInterval(() => {
    for (const [sessionId, name] of workers) {
      if (busy.has(sessionId)) continue;
      busy.add(sessionId);
      const id = nextId++;
      waiting.set(id, (used) => {
        busy.delete(sessionId);
        peaks.set(name, Math.max(peaks.get(name) ?? 0, used));
      });
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage', params: {} }),
        })
        .catch(() => {
          waiting.delete(id);
          busy.delete(sessionId);
        });
    }
  }, everyMs);
  return async () => {
    clearInterval(timer);
    cdp.off('Target.attachedToTarget', onAttached);
    cdp.off('Target.detachedFromTarget', onDetached);
    cdp.off('Target.receivedMessageFromTarget', onMessage);
    await cdp
      .send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false })
      .catch(() => undefined);
    return peaks;
  };
}
