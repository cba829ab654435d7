import type { CaseNames } from '../../db';
import type { SourceMentions } from './MentionIndex';
import { MentionIndex } from './MentionIndex';
import type { MentionReply, MentionRequest } from './mentionWorkerProtocol';

interface Pending {
  text: string;
  resolve: (mentions: SourceMentions) => void;
  reject: (error: Error) => void;
}

/** Watches an archive's case names: calls back now and after each change; returns the stop. */
export type WatchNames = (
  onNames: (names: CaseNames[]) => void,
  onError: (error: unknown) => void,
) => () => void;

/**
 * One archive's mention finder, run in a worker that reads and watches the case names
 * itself, so that neither reading nor indexing thousands of names holds up the window. The
 * index lives as long as the archive is open and is updated person by person: opening a
 * source costs one search of its text. `revision` moves when names change, so views ask
 * again. Where no worker can start (a host without workers, a blocked script), the same
 * index is kept in the window, fed by `watchHere`.
 */
export class MentionService {
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<() => void>();
  private worker: Worker | null = null;
  private local: { index: MentionIndex; ready: Promise<void>; stop: () => void } | null = null;
  private nextRequest = 1;
  private current = 0;
  error: string | null = null;

  constructor(
    archive: string,
    startWorker: () => Worker | null,
    private readonly watchHere: WatchNames,
  ) {
    try {
      this.worker = startWorker();
    } catch {
      this.worker = null;
    }
    if (!this.worker) {
      this.startLocal();
      return;
    }
    this.worker.onmessage = (event: MessageEvent<MentionReply>) => this.answer(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fallBack();
    };
    this.post({ type: 'open', archive });
  }

  /** Changes whenever the archive's names do. */
  get revision(): number {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The people and unknown names `text` mentions, once the names are read. */
  find(text: string): Promise<SourceMentions> {
    const local = this.local;
    if (local) return local.ready.then(() => local.index.find(text));
    return new Promise((resolve, reject) => {
      const requestId = this.nextRequest++;
      this.pending.set(requestId, { text, resolve, reject });
      this.post({ type: 'find', requestId, text });
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.local?.stop();
    for (const p of this.pending.values()) p.reject(new Error('the mention finder was closed'));
    this.pending.clear();
  }

  private post(request: MentionRequest): void {
    this.worker?.postMessage(request);
  }

  private changed(revision: number): void {
    this.current = revision;
    for (const listener of this.listeners) listener();
  }

  private answer(reply: MentionReply): void {
    if (reply.type === 'changed') {
      this.changed(reply.revision);
      return;
    }
    if (reply.requestId === null) {
      this.error = reply.type === 'failed' ? reply.message : null;
      this.changed(this.current);
      return;
    }
    const pending = this.pending.get(reply.requestId);
    if (!pending) return;
    this.pending.delete(reply.requestId);
    if (reply.type === 'found') pending.resolve(reply.mentions);
    else pending.reject(new Error(reply.message));
  }

  private startLocal(): void {
    const index = new MentionIndex();
    let markReady: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => {
      markReady = resolve;
    });
    const stop = this.watchHere(
      (cases) => {
        if (index.update(cases)) this.changed(index.revision);
        markReady();
      },
      (error) => {
        this.error = error instanceof Error ? error.message : String(error);
        this.changed(this.current);
      },
    );
    this.local = { index, ready, stop };
  }

  /** The worker could not start or stopped: keep the index here and answer what is waiting. */
  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    this.startLocal();
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) this.find(p.text).then(p.resolve, p.reject);
  }
}
