import { lazy, type ComponentType, type ReactNode } from 'react'
import { ChunkLoadError, isChunkLoadFailure } from './ChunkLoadError'

/**
 * React.lazy whose failure can be retried: `lazyWithRetry(() => import('./X'), (m) => m.X)`.
 * React.lazy remembers a failed import for good, so a Retry would show the same error even
 * after the file is back; here a failed import becomes a ChunkLoadError whose `retry` swaps
 * in a fresh lazy component, so the next render imports the chunk again (the error boundary
 * calls it when it resets, on Retry or when the view changes).
 */
export function lazyWithRetry<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => (props: P) => ReactNode,
): ComponentType<P> {
  const importer = () =>
    load().then(
      (module) => ({ default: pick(module) }),
      (error: unknown) => {
        throw isChunkLoadFailure(error) ? new ChunkLoadError(error, renew) : error
      },
    )
  let current = lazy(importer)
  function renew() {
    current = lazy(importer)
  }
  function LazyWithRetry(props: P) {
    const Current = current
    return <Current {...props} />
  }
  return LazyWithRetry
}
