import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the part that failed is, for the message ("This screen", "The letter preview"). */
  what: string;
  children: ReactNode;
  /** Offered as a way out, when there is somewhere else to go. */
  onLeave?: { label: string; run: () => void };
  /** When this changes (the user went elsewhere), a shown error is cleared and the content tried again. */
  resetKey?: string;
}

interface State {
  error: Error | null;
}

/**
 * Catches a rendering error in one screen (or pane), so one bad answer or
 * unexpected value shows a plain message there instead of blanking the whole
 * window; the rest of the app keeps working and nothing saved is touched.
 */
export class ScreenBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error !== null && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.what} could not be shown:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const { what, onLeave } = this.props;
    return (
      <section className="alert alert--error screen-error" role="alert">
        <h2>{what} could not be shown</h2>
        <p>
          Something in it could not be displayed ({error.message.slice(0, 300)}). What is already saved is not affected. Try again, or go back and
          open it again; if it happens again, the last change you made may be the cause.
        </p>
        <div className="button-row">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          {onLeave && (
            <button type="button" onClick={onLeave.run}>
              {onLeave.label}
            </button>
          )}
        </div>
      </section>
    );
  }
}
