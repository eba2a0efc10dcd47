// Keeps one broken panel or dialog from taking the whole canvas down; shows the error with a way out.
import { Component, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ children: ReactNode; onClose?: () => void; what: string }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) { return { error }; }
  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="sf-modal-backdrop">
        <div className="sf-dialog"><div className="sf-dialog-body">
          <p className="sf-validation">The {this.props.what} failed: {this.state.error.message}</p>
          {this.props.onClose && <button onClick={() => { this.setState({ error: null }); this.props.onClose!(); }}>Close</button>}
        </div></div>
      </div>
    );
  }
}
