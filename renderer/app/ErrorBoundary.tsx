import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { t } from '../i18n/t';
import { errorMessage } from './errorMessage';

interface State {
  error: unknown;
}

/** Keeps one broken screen from blanking the app, and says what to do next. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="panel error-panel" role="alert">
        <p>{t('app.crashed', { reason: errorMessage(this.state.error) })}</p>
        <p>{t('app.crashedHint')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    );
  }
}
