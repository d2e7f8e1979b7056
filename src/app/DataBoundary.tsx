import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { ErrorBoundary } from '@/components/ErrorBoundary'
import { ErrorNotice } from '@/components/ErrorNotice'
import { LoadingState } from '@/components/LoadingState'

interface Props {
  children: ReactNode
  /** When these change (the view, the meeting), an error shown for the previous one is cleared. */
  resetKeys?: readonly unknown[]
  /** For an overlay (the deck): the error panel offers Leave and Escape leaves. */
  onLeave?: () => void
}

/** Loading state and error panel (with a Retry that refetches the data or re-imports the code) around the data views. */
export function DataBoundary({ children, resetKeys, onLeave }: Props) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          resetKeys={resetKeys}
          fallback={(error, retry) => <ErrorNotice error={error} onRetry={retry} onLeave={onLeave} />}
        >
          <Suspense fallback={<LoadingState />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
