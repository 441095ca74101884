/** Keeps a rendering fault in one part of the page from blanking the whole app. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the guarded part is, for the message ("the graph"). */
  what: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`Tieline: ${this.props.what} failed to render`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-boundary" role="alert">
        <p>
          Something went wrong while drawing {this.props.what}: {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
