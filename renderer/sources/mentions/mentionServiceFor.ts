import type { Archive } from '../../db';
import { watchCaseNames } from '../../db';
import { MentionService } from './MentionService';

const services = new WeakMap<Archive, MentionService>();

/** The open archive's mention finder, started on first use and kept while the archive is. */
export function mentionServiceFor(archive: Archive): MentionService {
  let service = services.get(archive);
  if (!service) {
    service = new MentionService(
      archive.name,
      () =>
        typeof Worker === 'undefined'
          ? null
          : new Worker(new URL('./mentionWorker.ts', import.meta.url), { type: 'module' }),
      (onNames, onError) => watchCaseNames(archive.name, onNames, onError),
    );
    services.set(archive, service);
  }
  return service;
}
