import { useEffect, useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'
import { ErrorBoundary } from '@/components/ErrorBoundary'
import { isPrinting, loadHandout, loadedHandout, setPrinting, subscribeHandout } from './handoutLoader'

const notYet = () => null
const notPrinting = () => false

/**
 * Loads the handout's code once the first view is idle, and renders the handout
 * while the page prints: from the Print handout button, or the browser's own menu
 * (beforeprint renders it synchronously, afterprint removes it).
 */
export function HandoutHost() {
  const Handout = useSyncExternalStore(subscribeHandout, loadedHandout, notYet)
  const isPrintingNow = useSyncExternalStore(subscribeHandout, isPrinting, notPrinting)

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

  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true))
    const after = () => setPrinting(false)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])

  if (!Handout || !isPrintingNow) return null
  return (
    <ErrorBoundary fallback={() => null}>
      {/* eslint-disable-next-line react-hooks/static-components -- the loaded module's component: one identity for the page's life */}
      <Handout />
    </ErrorBoundary>
  )
}
