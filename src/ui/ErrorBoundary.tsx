/**
 * Catches a render error in one part of the interface so the rest keeps working: the part is
 * replaced by a short message (in the current language) and a reload button. Reloading keeps the
 * view (it is in the link) and the user's stories (they are in the browser's database).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n/strings';
import { AppContext, type AppContextValue } from './context';

export type BoundaryScope = 'app' | 'map' | 'panel';

interface Props {
  scope: BoundaryScope;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  static override contextType = AppContext;
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept in the console for whoever investigates; the user sees the message below.
    console.warn(`[${this.props.scope}]`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const lang = (this.context as AppContextValue | null)?.store.getState().lang ?? 'zh';
    return (
      <div
        className={`error-box error-${this.props.scope}`}
        role="alert"
        data-testid={`error-${this.props.scope}`}
      >
        <p>{t(lang, `error.${this.props.scope}`)}</p>
        <p className="error-detail">{error.message.slice(0, 300)}</p>
        <button type="button" data-testid="error-reload" onClick={() => window.location.reload()}>
          {t(lang, 'notice.action.reload')}
        </button>
      </div>
    );
  }
}
