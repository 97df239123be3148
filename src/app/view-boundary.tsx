// Each view loads behind its own boundary: a damaged article or a network failure shows an error with a
// retry in that view only, while the header, search and the rest of the app keep working.

import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';

import { ContentLoadError } from '@/lib/api/fetch-json';

interface Props {
  /** Changing it (a new route) clears a shown error. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

export function ViewBoundary({ resetKey, children }: Props) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary resetKey={resetKey} onReset={reset}>
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

function Loading() {
  return (
    <p role="status" className="mx-auto max-w-[66ch] px-4 py-16 text-center text-muted">
      Loading…
    </p>
  );
}

interface BoundaryProps extends Props {
  readonly onReset: () => void;
}
interface BoundaryState {
  readonly error: unknown;
  readonly resetKey: string;
}

class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const detail = error instanceof ContentLoadError ? error.detail : error;
    console.error('A view failed:', detail, info.componentStack);
  }

  retry = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return <ViewError error={error} onRetry={this.retry} />;
  }
}

function ViewError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const message =
    error instanceof ContentLoadError ? error.message : 'Something went wrong while showing this page.';
  return (
    <div role="alert" className="mx-auto max-w-[66ch] px-4 py-16">
      <h1 className="font-serif text-2xl font-semibold">This page could not be shown</h1>
      <p className="mt-3 text-muted">{message}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={onRetry}
          className="min-h-11 rounded-md bg-accent px-4 font-medium text-page"
        >
          Try again
        </button>
        <a href="#/" className="inline-flex min-h-11 items-center rounded-md px-4 underline">
          Back to the library
        </a>
      </div>
    </div>
  );
}
