import type { ReactNode } from 'react';
import type { ApiState } from '../api/use-api.ts';

export interface LoadStateProps<T> {
  state: ApiState<T>;
  children: (data: T) => ReactNode;
  /** What is loading, in plain words ("the RFM grid"). */
  what: string;
}

/** Shows loading, an error with a retry button, or the loaded view. */
export function LoadState<T>({ state, children, what }: LoadStateProps<T>) {
  if (state.error !== null) {
    return (
      <div className="card notice notice-error" role="alert">
        <p>
          Could not load {what}: {state.error.message}
        </p>
        <button type="button" onClick={state.reload}>
          Try again
        </button>
      </div>
    );
  }
  if (state.data === null) {
    return (
      <p className="loading" aria-live="polite">
        Loading {what} …
      </p>
    );
  }
  return <>{children(state.data)}</>;
}
