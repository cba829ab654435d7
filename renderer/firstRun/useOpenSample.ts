import { useCallback, useState } from 'react';
import { useArchive } from '../db';
import { t } from '../i18n/t';
import { errorMessage } from '../app/errorMessage';
import { navigate } from '../router/navigation';
import { SampleArchiveError, loadSampleArchive } from './loadSampleArchive';
import type { SampleProgress } from './loadSampleArchive';

export type SampleState =
  | { state: 'idle' }
  | { state: 'working'; progress: SampleProgress }
  | { state: 'failed'; message: string };

/** Opens the sample archive, then shows the case files; failures leave the archive as it was. */
export function useOpenSample(): { sample: SampleState; openSample: () => void } {
  const archive = useArchive();
  const [sample, setSample] = useState<SampleState>({ state: 'idle' });
  const openSample = useCallback(() => {
    setSample({ state: 'working', progress: { step: 'fetching', loaded: 0, total: null } });
    (async () => {
      const data = await loadSampleArchive((progress) => setSample({ state: 'working', progress }));
      await archive.archive.openSample(data);
      setSample({ state: 'idle' });
      navigate({ name: 'cases', tagId: null });
    })().catch((error: unknown) => {
      const message =
        error instanceof SampleArchiveError
          ? error.message
          : t('sample.failed', { reason: errorMessage(error) });
      setSample({ state: 'failed', message });
    });
  }, [archive]);
  return { sample, openSample };
}
