import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { ErrorBoundary } from '@/components/ErrorBoundary'
import { ErrorPanel } from '@/components/ErrorPanel'
import { LoadingState } from '@/components/LoadingState'

/** Loading state and error panel (with a Retry that refetches) around the data views. */
export function DataBoundary({ children }: { children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary onReset={reset} fallback={(error, retry) => <ErrorPanel error={error} onRetry={retry} />}>
          <Suspense fallback={<LoadingState />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
