import { describe, expect, it } from 'vitest';
import type { CaseNames } from '../../db/caseNameQueries';
import { MentionIndex } from './MentionIndex';
import type { WatchNames } from './MentionService';
import { MentionService } from './MentionService';
import type { MentionReply, MentionRequest } from './mentionWorkerProtocol';

const person = (id: string, text: string): CaseNames => ({
  id,
  displayName: text,
  names: [{ id: `${id}-n`, text, script: 'latin', kind: 'primary' }],
});
const LOSIK = person('losik', 'Ihar Losik');
const PETROV = person('petrov', 'Ivan Petrov');
const TEXT = 'Ihar Losik met Ivan Petrov.';

/** Names that change when the test says so, as a live query would report them. */
function namesSource(initial: CaseNames[]) {
  let listener: ((names: CaseNames[]) => void) | null = null;
  const watch: WatchNames = (onNames) => {
    listener = onNames;
    queueMicrotask(() => onNames(initial));
    return () => {
      listener = null;
    };
  };
  return { watch, set: (names: CaseNames[]) => listener?.(names) };
}

/** A stand-in for the worker: the same index behind postMessage, answering asynchronously. */
class FakeWorker {
  onmessage: ((event: MessageEvent<MentionReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: MentionRequest[] = [];
  private readonly index = new MentionIndex();
  constructor(
    private readonly names: ReturnType<typeof namesSource>,
    private readonly broken = false,
  ) {}
  postMessage(request: MentionRequest): void {
    this.received.push(request);
    const reply = (data: MentionReply) => this.onmessage?.({ data } as MessageEvent<MentionReply>);
    queueMicrotask(() => {
      if (this.broken) {
        this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
        return;
      }
      if (request.type === 'open')
        this.names.watch(
          (cases) => {
            if (this.index.update(cases)) reply({ type: 'changed', revision: this.index.revision });
          },
          () => undefined,
        );
      else
        reply({
          type: 'found',
          requestId: request.requestId,
          mentions: this.index.find(request.text),
        });
    });
  }
  terminate(): void {}
}

describe('MentionService', () => {
  it('asks the worker, and moves its revision when names change', async () => {
    const names = namesSource([LOSIK]);
    const worker = new FakeWorker(names);
    const service = new MentionService('archive', () => worker as unknown as Worker, names.watch);
    let heard = 0;
    service.subscribe(() => heard++);
    await new Promise((r) => setTimeout(r, 0));
    expect(service.revision).toBe(1);
    const found = await service.find(TEXT);
    expect(found.people.map((p) => p.person.displayName)).toEqual(['Ihar Losik']);
    expect(found.unknown.map((u) => u.name)).toEqual(['Ivan Petrov']);
    expect(worker.received[0]).toEqual({ type: 'open', archive: 'archive' });

    names.set([{ ...LOSIK }]);
    expect(service.revision).toBe(1);
    names.set([LOSIK, PETROV]);
    await new Promise((r) => setTimeout(r, 0));
    expect(service.revision).toBe(2);
    expect(heard).toBe(2);
    const again = await service.find(TEXT);
    expect(again.people.map((p) => p.person.id)).toEqual(['losik', 'petrov']);
    expect(again.revision).toBe(2);
  });

  it('keeps the index in the window when no worker starts, or when the worker fails', async () => {
    for (const broken of [null, true]) {
      const names = namesSource([LOSIK]);
      const start = () =>
        broken === null ? null : (new FakeWorker(names, broken) as unknown as Worker);
      const service = new MentionService('archive', start, names.watch);
      const found = await service.find(TEXT);
      expect(found.people.map((p) => p.person.id)).toEqual(['losik']);
      names.set([LOSIK, PETROV]);
      expect(service.revision).toBe(2);
      expect((await service.find(TEXT)).unknown).toEqual([]);
    }
  });
});
