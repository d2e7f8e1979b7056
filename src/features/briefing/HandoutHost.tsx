import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react'
import { ErrorBoundary } from '@/components/ErrorBoundary'
import { isHandoutLoaded, loadHandout, subscribeHandout } from './handoutLoader'

const Handout = lazy(() => loadHandout().then((component) => ({ default: component })))

/**
 * Puts the print handout in the page (hidden on screen) once the first view
 * has loaded, so printing from the browser menu prints the handout too.
 */
export function HandoutHost() {
  const isLoaded = useSyncExternalStore(subscribeHandout, isHandoutLoaded, () => false)

  useEffect(() => {
    const load = () => void loadHandout().catch(() => undefined)
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(load, { timeout: 3000 })
      return () => window.cancelIdleCallback(id)
    }
    const id = setTimeout(load, 1500)
    return () => clearTimeout(id)
  }, [])

  if (!isLoaded) return null
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <Handout />
      </Suspense>
    </ErrorBoundary>
  )
}
