import type { SearchSource } from '../db/searchSource';
import { type FromWorker, parseToWorker } from './searchProtocol';
import { SearchWorkerCore, type WorkerCoreOptions } from './SearchWorkerCore';

export interface SearchWorkerHost {
  /** One message from the window, as received (it is checked here). */
  receive(data: unknown): void;
  close(): void;
}

const idOf = (data: unknown): number | null => {
  const id = (data as { id?: unknown } | null)?.id;
  return typeof id === 'number' ? id : null;
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The search worker's message handling (searchWorker.ts runs it in the worker; without
 * workers, ArchiveSearch runs it in the window). The first message opens the archive; every
 * other message waits for that.
 */
export function createSearchWorkerHost(
  reply: (message: FromWorker) => void,
  open: (archive: string) => Promise<SearchSource>,
  options?: WorkerCoreOptions,
): SearchWorkerHost {
  let core: Promise<SearchWorkerCore> | null = null;
  let opened: string | null = null;
  const fail = (id: number | null) => (error: unknown) =>
    reply({ type: 'error', id, message: messageOf(error) });

  return {
    receive(data) {
      const message = parseToWorker(data);
      if ('error' in message) {
        reply({ type: 'error', id: idOf(data), message: `unreadable message: ${message.error}` });
        return;
      }
      if (message.type === 'open') {
        if (core && opened === message.archive && !message.ahead) {
          // Opened ahead of the window (prestartSearchWorker): the window has come.
          core.then((c) => c.windowConnected(), fail(null));
          return;
        }
        if (core) {
          reply({ type: 'error', id: null, message: 'the archive is already open' });
          return;
        }
        opened = message.archive;
        const ahead = message.ahead ?? false;
        core = open(message.archive).then((source) => {
          performance.mark('search-worker: archive open');
          const c = new SearchWorkerCore(source, (status) => reply({ type: 'status', status }), {
            ...options,
            aheadOfWindow: ahead,
          });
          void c.start();
          return c;
        });
        core.catch((error: unknown) => {
          const failure = messageOf(error);
          reply({
            type: 'status',
            status: {
              revision: 0,
              loaded: 'none',
              progress: null,
              failure,
              docs: 0,
              textsHeld: false,
              warmUpMs: null,
            },
          });
        });
        return;
      }
      if (!core) {
        reply({ type: 'error', id: idOf(data), message: 'no archive is open' });
        return;
      }
      switch (message.type) {
        case 'search': {
          const { id, text, filters, limit, crossScript } = message;
          core
            .then((c) =>
              c.search(filters ? { text, filters } : { text }, {
                ...(limit === undefined ? {} : { limit }),
                ...(crossScript === undefined ? {} : { crossScript }),
              }),
            )
            .then((answer) => reply({ type: 'results', id, ...answer }), fail(id));
          return;
        }
        case 'changed':
          core.then((c) => c.requestCatchUp(), fail(null));
          return;
        case 'settle':
          core
            .then((c) => c.settle(message.save))
            .then((saveMs) => reply({ type: 'settled', id: message.id, saveMs }), fail(message.id));
          return;
      }
    },
    close() {
      void core?.then((c) => c.close());
    },
  };
}
