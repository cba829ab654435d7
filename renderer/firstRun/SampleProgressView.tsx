import { t } from '../i18n/t';
import type { SampleProgress } from './loadSampleArchive';

/** Three steps; bytes while reading, then indeterminate while checking and writing. */
export function SampleProgressView({ progress }: { progress: SampleProgress }) {
  const label =
    progress.step === 'fetching'
      ? t('sample.fetching')
      : progress.step === 'checking'
        ? t('sample.checking')
        : t('sample.writing', { count: progress.records });
  const determinate = progress.step === 'fetching' && progress.total !== null;
  return (
    <div className="progress" role="status">
      <span>{label}</span>
      {determinate ? (
        <progress max={progress.total ?? 1} value={progress.loaded} aria-label={label} />
      ) : (
        <progress aria-label={label} />
      )}
    </div>
  );
}
