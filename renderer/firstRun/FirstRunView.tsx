import { useEffect, useRef } from 'react';
import { t } from '../i18n/t';
import { useAppCommands } from '../app/appCommands';
import { SampleProgressView } from './SampleProgressView';
import { useOpenSample } from './useOpenSample';

/** An empty archive: the three ways to start. */
export function FirstRunView() {
  const commands = useAppCommands();
  const { sample, openSample } = useOpenSample();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const working = sample.state === 'working';
  return (
    <div className="first-run">
      <h1 ref={heading} tabIndex={-1}>
        {t('firstRun.title')}
      </h1>
      <p className="lead">{t('firstRun.lead')}</p>
      <ul className="first-run-actions">
        <li>
          <button type="button" className="primary large" onClick={openSample} disabled={working}>
            {t('firstRun.sample')}
          </button>
          <p>{t('firstRun.sampleHint')}</p>
          {sample.state === 'working' ? <SampleProgressView progress={sample.progress} /> : null}
          {sample.state === 'failed' ? (
            <p className="error-text" role="alert">
              {sample.message}
            </p>
          ) : null}
        </li>
        <li>
          <button type="button" className="large" onClick={commands.addSources} disabled={working}>
            {t('firstRun.addSources')}
          </button>
          <p>{t('firstRun.addSourcesHint')}</p>
        </li>
        <li>
          <button
            type="button"
            className="large"
            onClick={commands.importBundle}
            disabled={working}
          >
            {t('firstRun.importBundle')}
          </button>
          <p>{t('firstRun.importBundleHint')}</p>
        </li>
      </ul>
    </div>
  );
}
